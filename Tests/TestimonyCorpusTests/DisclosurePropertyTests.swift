import Testing
import TestimonyCorpus
import TestimonyModel
import TestimonyTestSupport

/// Applying decisions over a random stream of synthetic candidates keeps every class at ≥ k
/// members and ℓ-diverse, never lowers a level and never loses a candidate.
@Suite("Disclosure control: invariant over random streams")
struct DisclosurePropertyTests {
    typealias H = DisclosureTestHelpers

    static let ages = ["18-24", "25-34", "35-44", "45-54", "skipped", "prefer_not_to_say"]
    static let regions = ["helsinki", "turku", "stockholm", "malmo", "skipped"]
    static let settings = ["home", "school", "online", "club", "prefer_not_to_say"]

    static func candidate(_ index: Int, _ random: inout SeededGenerator) -> CorpusRecord {
        // Skewed choices, so some classes fill fast and others stay rare.
        func pick(_ values: [String]) -> String {
            values[min(Int.random(in: 0..<values.count, using: &random), Int.random(in: 0..<values.count, using: &random))]
        }
        let age: String? = Int.random(in: 0..<20, using: &random) == 0 ? nil : pick(ages)
        let region: String? = Int.random(in: 0..<25, using: &random) == 0 ? nil : pick(regions)
        var codes = Set([pick(settings)])
        if Bool.random(using: &random) { codes.insert(pick(settings)) }
        if Int.random(in: 0..<15, using: &random) == 0 { codes = [] }
        return H.record("rs-\(index)", age, region, codes.sorted())
    }

    @Test("the invariant holds after every decision", arguments: [
        (UInt64(1), 3, 2, false), (UInt64(2), 5, 2, false), (UInt64(3), 2, 1, true), (UInt64(4), 4, 3, true),
        (UInt64(5), 5, 2, true), (UInt64(6), 3, 2, true),
    ])
    func invariant(seed: UInt64, k: Int, l: Int, short: Bool) {
        let policy = short ? H.shortPolicy(k: k, l: l) : H.policy(k: k, l: l)
        var random = SeededGenerator(seed: seed)
        var published: [CorpusRecord] = []
        var pending: [CorpusRecord] = []
        var levels = ["ay_age_band": 0, "ay_region": 0]
        let total = 160
        var raises = 0, fromQueue = 0, heldFirst = 0
        for index in 0..<total {
            let arrival = Self.candidate(index, &random)
            let decision = DisclosureCheck.evaluate(published: published, candidates: [arrival] + pending, policy: policy)
            for (question, level) in levels { #expect(decision.levels[question, default: 0] >= level, "step \(index)") }
            let publishIDs = Set(decision.publish.map(\.id))
            #expect(publishIDs.isDisjoint(with: decision.pending.map(\.record.id)))
            #expect(decision.publish.count + decision.pending.count == pending.count + 1)
            H.apply(decision, published: &published, pending: &pending)
            if decision.raised { raises += 1 }
            fromQueue += decision.publish.filter { $0.id != arrival.id }.count
            if decision.pending.first?.record.id == arrival.id { heldFirst += 1 }
            levels = decision.levels
            #expect(published.allSatisfy { $0.levels == levels }, "step \(index)")
            let problems = H.violations(published, policy: policy)
            #expect(problems.isEmpty, "step \(index): \(problems)")
            #expect(published.count + pending.count == index + 1)
            // The report agrees: every class with members passes.
            #expect(decision.report.classes.allSatisfy { $0.size == 0 || $0.passes })
        }
        // The streams exercise every path: the levels rise, arrivals are held, the queue drains.
        #expect(raises >= 1 && heldFirst >= 1 && fromQueue >= 1, "raises \(raises), held \(heldFirst), from queue \(fromQueue)")
        // Most of the stream gets out eventually.
        #expect(published.count > total / 2, "published \(published.count) of \(total)")
    }
}
