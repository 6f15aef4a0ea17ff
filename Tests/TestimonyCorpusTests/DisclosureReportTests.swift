import Testing
import TestimonyCorpus
import TestimonyModel

/// The plain-text risk report for `publish --dry-run`.
@Suite("Disclosure control: risk report text")
struct DisclosureReportTests {
    typealias H = DisclosureTestHelpers

    @Test("the report shows levels, classes and held candidates, never published ids")
    func rendered() {
        let published = ["home", "school", "home"].enumerated().map { index, setting in
            H.record("rs-published\(index)", "18-24", "helsinki", [setting], levels: ["ay_age_band": 0, "ay_region": 0])
        }
        let candidates = [
            H.record("rs-new1", "25-34", "turku", ["online"]),
            H.record("rs-new2", "18-24", "turku", ["home"]),
            H.record("rs-new3", "18-24", "turku", ["school"]),
            H.record("rs-wait", "45-54", "stockholm", ["club"]),
        ]
        let decision = DisclosureCheck.evaluate(published: published, candidates: candidates, policy: H.shortPolicy())
        let text = decision.report.rendered()
        #expect(text.contains("Disclosure check for survivor-experience: k=3, ℓ=2"))
        #expect(text.contains("Levels: ay_age_band 1, ay_region 0 (raised from ay_age_band 0, ay_region 0)"))
        #expect(text.contains("Publishing: rs-new1, rs-new2, rs-new3"))
        #expect(text.contains("rs-wait: class of 1 < k=3"))
        #expect(text.contains("18-34"))
        #expect(!text.contains("rs-published"))
        #expect(text.hasSuffix("\n"))
    }

    @Test("an empty candidate list reports the corpus as it is")
    func noCandidates() {
        let published = ["home", "school", "online"].enumerated().map { index, setting in
            H.record("rs-p\(index)", "18-34", "turku", [setting], levels: ["ay_age_band": 1, "ay_region": 0])
        }
        let decision = DisclosureCheck.evaluate(published: published, candidates: [], policy: H.policy())
        #expect(decision.levels == ["ay_age_band": 1, "ay_region": 0])
        #expect(decision.publish.isEmpty && decision.pending.isEmpty && decision.regeneralise.isEmpty)
        #expect(decision.report.classes.map(\.size) == [3])
        #expect(decision.report.rendered().contains("Levels: ay_age_band 1, ay_region 0\n"))
    }

    @Test("a candidate of another template is kept pending")
    func otherTemplate() {
        var other = H.record("rs-other", "18-24", "helsinki", ["home"])
        other.template = "interviewer-intake"
        let candidates = (1...3).map { H.record("rs-c\($0)", "18-24", "helsinki", [$0 == 1 ? "home" : "school"]) } + [other]
        let decision = DisclosureCheck.evaluate(published: [], candidates: candidates, policy: H.policy())
        #expect(decision.publish.map(\.id) == ["rs-c1", "rs-c2", "rs-c3"])
        #expect(decision.pending.map(\.record.id) == ["rs-other"])
        #expect(decision.pending.first?.reason.contains("interviewer-intake") == true)
    }
}
