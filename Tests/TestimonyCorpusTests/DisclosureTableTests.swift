import Testing
@testable import TestimonyCorpus
import TestimonyModel

/// Small hand-checked tables (k=3, ℓ=2 unless stated).
@Suite("Disclosure control: hand-checked tables")
struct DisclosureTableTests {
    typealias H = DisclosureTestHelpers

    /// a, b, c share a class with two settings; d, e share another (too small); f is alone.
    static let six = [
        H.record("rs-a", "18-24", "helsinki", ["home"]),
        H.record("rs-b", "18-24", "helsinki", ["school"]),
        H.record("rs-c", "18-24", "helsinki", ["home"]),
        H.record("rs-d", "25-34", "turku", ["online"]),
        H.record("rs-e", "25-34", "turku", ["home", "online"]),
        H.record("rs-f", "35-44", "stockholm", ["school"]),
    ]

    @Test("six candidates at level 0: the exact classes, sizes and reasons")
    func exactClasses() {
        let decision = DisclosureCheck.evaluate(published: [], candidates: Self.six, policy: H.policy())
        #expect(decision.levels == ["ay_age_band": 0, "ay_region": 0])
        #expect(!decision.raised)
        #expect(decision.publish.map(\.id) == ["rs-a", "rs-b", "rs-c"])
        #expect(decision.publish.allSatisfy { $0.levels == ["ay_age_band": 0, "ay_region": 0] })
        #expect(decision.regeneralise.isEmpty)
        #expect(decision.pending.map(\.record.id) == ["rs-d", "rs-e", "rs-f"])
        #expect(decision.pending.map(\.reason) == ["class of 2 < k=3", "class of 2 < k=3", "class of 1 < k=3"])
        let classes = decision.report.classes
        #expect(classes.map(\.values) == [
            ["ay_age_band": "18-24", "ay_region": "helsinki"],
            ["ay_age_band": "25-34", "ay_region": "turku"],
            ["ay_age_band": "35-44", "ay_region": "stockholm"],
        ])
        #expect(classes.map(\.size) == [3, 0, 0])
        #expect(classes.map(\.newIDs) == [["rs-a", "rs-b", "rs-c"], [], []])
        #expect(classes.map(\.heldIDs) == [[], ["rs-d", "rs-e"], ["rs-f"]])
        #expect(classes[0].distinct == ["wh_setting": 2])
        #expect(classes[0].passes)
    }

    @Test("vectors are tried by total height, then fewer levels on earlier attributes")
    func vectorOrder() {
        #expect(DisclosureCheck.vectors(from: [0, 0], policy: H.policy()) == [
            [0, 0], [0, 1], [1, 0], [0, 2], [1, 1], [2, 0], [1, 2], [2, 1], [2, 2],
        ])
        #expect(DisclosureCheck.vectors(from: [1, 2], policy: H.policy()) == [[1, 2], [2, 2]])
    }

    @Test("one ladder step makes the class big enough, and the published records follow")
    func oneStep() {
        // The corpus is one class at level 0.
        let published = ["home", "school", "home"].enumerated().map { index, setting in
            H.record("rs-p\(index + 1)", "18-24", "helsinki", [setting], levels: ["ay_age_band": 0, "ay_region": 0])
        }
        let candidates = [
            H.record("rs-d", "25-34", "turku", ["online"]),
            H.record("rs-e", "18-24", "turku", ["home"]),
            H.record("rs-h", "18-24", "turku", ["school"]),
        ]
        let decision = DisclosureCheck.evaluate(published: published, candidates: candidates, policy: H.policy())
        // (0,1) puts rs-d alone in (25-34, finland); (1,0) gives (18-34, turku) with three members.
        #expect(decision.levels == ["ay_age_band": 1, "ay_region": 0])
        #expect(decision.previousLevels == ["ay_age_band": 0, "ay_region": 0])
        #expect(decision.raised)
        #expect(decision.publish.map(\.id) == ["rs-d", "rs-e", "rs-h"])
        #expect(decision.publish.allSatisfy { $0.quasi == ["ay_age_band": "18-34", "ay_region": "turku"] })
        #expect(decision.publish.allSatisfy { $0.levels == ["ay_age_band": 1, "ay_region": 0] })
        #expect(decision.regeneralise.map(\.id) == ["rs-p1", "rs-p2", "rs-p3"])
        #expect(decision.regeneralise.allSatisfy { $0.quasi["ay_age_band"] == "18-34" && $0.levels["ay_age_band"] == 1 })
        // Only quasi and levels change in the copies.
        #expect(decision.regeneralise[0].answers == published[0].answers)
        #expect(decision.pending.isEmpty)
        #expect(decision.report.classes.map(\.size) == [3, 3])
        var all = published
        var pending: [CorpusRecord] = []
        H.apply(decision, published: &all, pending: &pending)
        #expect(H.violations(all, policy: H.policy()).isEmpty)
    }

    @Test("an ℓ failure holds the new testimony back; others that pass at L are published")
    func diversityHoldsBack() {
        let policy = H.shortPolicy()
        let candidates = [
            H.record("rs-x", "35-44", "stockholm", ["home"]),
            H.record("rs-a", "18-24", "helsinki", ["home"]),
            H.record("rs-b", "18-24", "helsinki", ["school"]),
            H.record("rs-c", "18-24", "helsinki", ["home"]),
            H.record("rs-y", "35-44", "stockholm", ["home"]),
            H.record("rs-z", "45-54", "malmo", ["home"]),
        ]
        let decision = DisclosureCheck.evaluate(published: [], candidates: candidates, policy: policy)
        #expect(decision.levels == ["ay_age_band": 0, "ay_region": 0])
        #expect(decision.publish.map(\.id) == ["rs-a", "rs-b", "rs-c"])
        #expect(decision.pending.map(\.record.id) == ["rs-x", "rs-y", "rs-z"])
        #expect(decision.pending.first?.reason == "class of 2 < k=3")
        // At the top of the short ladders x, y and z meet, but with one setting only.
        let top = DisclosureCheck.evaluate(
            published: [], candidates: [candidates[0], candidates[4], candidates[5]],
            policy: DisclosurePolicy(k: 3, l: 2, quasi: policy.quasi, sensitive: policy.sensitive))
        #expect(top.publish.isEmpty)
        #expect(top.levels == ["ay_age_band": 0, "ay_region": 0])
        #expect(top.pending.first?.reason == "class of 2 < k=3")
        let sameClass = DisclosureCheck.evaluate(
            published: [],
            candidates: [H.record("rs-x", "35-44", "stockholm", ["home"]), H.record("rs-y", "35-44", "stockholm", ["home"]),
                         H.record("rs-z", "35-44", "stockholm", ["home"])],
            policy: policy)
        #expect(sameClass.publish.isEmpty)
        // The first is judged with all candidates; the others at L without it (it is held back).
        #expect(sameClass.pending.map(\.reason) == ["only 1 distinct value of wh_setting < ℓ=2", "class of 2 < k=3", "class of 2 < k=3"])
        #expect(sameClass.report.classes.map(\.heldIDs) == [["rs-x", "rs-y", "rs-z"]])
        #expect(sameClass.report.classes.map(\.passes) == [true])  // held only: nothing is published in it
        #expect(sameClass.report.classes.map(\.size) == [0])
    }

    @Test("the pending queue is released when enough similar records arrive")
    func queueReleased() {
        let policy = H.shortPolicy()
        var published: [CorpusRecord] = []
        var pending: [CorpusRecord] = []
        for (step, arrival) in [
            H.record("rs-p", "45-54", "turku", ["home"]),
            H.record("rs-q", "45-54", "turku", ["school"]),
            H.record("rs-r", "45-54", "turku", ["online"]),
        ].enumerated() {
            let decision = DisclosureCheck.evaluate(published: published, candidates: [arrival] + pending, policy: policy)
            H.apply(decision, published: &published, pending: &pending)
            if step < 2 {
                #expect(published.isEmpty)
                #expect(pending.count == step + 1)
            }
        }
        #expect(pending.isEmpty)
        #expect(published.map(\.id) == ["rs-r", "rs-q", "rs-p"])
        #expect(published.allSatisfy { $0.quasi == ["ay_age_band": "45-54", "ay_region": "turku"] })
        // A fourth similar record joins the class at once.
        let fourth = DisclosureCheck.evaluate(
            published: published, candidates: [H.record("rs-s", "45-54", "turku", ["home"])], policy: policy)
        #expect(fourth.publish.map(\.id) == ["rs-s"])
        #expect(fourth.report.classes.map(\.size) == [4])
        #expect(fourth.report.classes.map(\.publishedCount) == [3])
    }

    @Test("the level never decreases: candidates are published at the corpus levels")
    func levelNeverDecreases() {
        let levels = ["ay_age_band": 1, "ay_region": 0]
        let published = (1...3).map { H.record("rs-p\($0)", "18-34", "helsinki", [$0 == 2 ? "school" : "home"], levels: levels) }
        let candidates = [
            H.record("rs-a", "18-24", "helsinki", ["home"]),
            H.record("rs-b", "18-24", "helsinki", ["school"]),
            H.record("rs-c", "18-24", "helsinki", ["online"]),
        ]
        let decision = DisclosureCheck.evaluate(published: published, candidates: candidates, policy: H.policy())
        #expect(decision.levels == levels)
        #expect(!decision.raised)
        #expect(decision.regeneralise.isEmpty)
        #expect(decision.publish.allSatisfy { $0.quasi["ay_age_band"] == "18-34" && $0.levels == levels })
        #expect(decision.report.classes.map(\.size) == [6])
        #expect(decision.report.classes.first?.distinct == ["wh_setting": 3])
    }

    @Test("the \"*\" level suppresses an attribute when nothing lower works")
    func suppression() {
        let candidates = [
            H.record("rs-x", "35-44", "stockholm", ["home"]),
            H.record("rs-y", "45-54", "turku", ["school"]),
            H.record("rs-z", "18-24", "helsinki", ["online"]),
        ]
        let decision = DisclosureCheck.evaluate(published: [], candidates: candidates, policy: H.policy())
        #expect(decision.levels == ["ay_age_band": 2, "ay_region": 2])
        #expect(decision.publish.allSatisfy { $0.quasi == ["ay_age_band": "*", "ay_region": "*"] })
        #expect(decision.report.classes.map(\.values) == [["ay_age_band": "*", "ay_region": "*"]])
    }

    @Test("non-answers and missing answers are values like any other")
    func nonAnswers() {
        let candidates = [
            H.record("rs-a", "skipped", "helsinki", ["home"]),
            H.record("rs-b", "skipped", "helsinki", ["prefer_not_to_say"]),
            H.record("rs-c", "skipped", "helsinki", []),
            H.record("rs-d", nil, "helsinki", ["home"]),
        ]
        let decision = DisclosureCheck.evaluate(published: [], candidates: candidates, policy: H.policy())
        // "skipped" is not in the age ladder's first level, so it stays "skipped" there.
        #expect(decision.levels == ["ay_age_band": 0, "ay_region": 0])
        #expect(decision.publish.map(\.id) == ["rs-a", "rs-b", "rs-c"])
        #expect(decision.pending.map(\.record.id) == ["rs-d"])
        // Classes sort missing values first.
        #expect(decision.report.classes.map(\.values) == [["ay_region": "helsinki"], ["ay_age_band": "skipped", "ay_region": "helsinki"]])
        #expect(decision.report.classes.last?.distinct == ["wh_setting": 3])
    }

    @Test("ladder steps: listed codes, the \"*\" default, unlisted codes and suppression")
    func ladderSteps() {
        let attribute = QuasiAttribute(question: "q", ladder: [["a": "ab", "b": "ab"], ["ab": "abc", "*": "other"], ["*": "*"]])
        #expect(attribute.generalise("a", to: 0) == "a")
        #expect(attribute.generalise("a", to: 1) == "ab")
        #expect(attribute.generalise("c", to: 1) == "c")
        #expect(attribute.generalise("a", to: 2) == "abc")
        #expect(attribute.generalise("c", to: 2) == "other")
        #expect(attribute.generalise("ab", from: 1, to: 2) == "abc")
        #expect(attribute.generalise("a", to: 3) == "*")
        #expect(attribute.generalise("a", to: 9) == "*")
        #expect(attribute.generalise("*", from: 1, to: 2) == "*")
    }
}
