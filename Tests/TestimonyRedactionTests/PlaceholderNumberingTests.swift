import Testing
@testable import TestimonyRedaction

/// Numbered placeholders per role: each role's template is split around "{n}" once and numbered on its own
/// counter; a template without "{n}" is used as it is; a repeated entity keeps its placeholder.
@Suite struct PlaceholderNumberingTests {
    static func person(_ words: String, role: String?) -> Detection {
        Detection(start: 0, end: 1, type: .person, detector: "test", entity: "PERSON:" + words, role: role)
    }

    @Test func eachRoleCountsOnItsOwn() {
        var policy = RedactionPolicy.default
        policy.person = "[P{n}]"
        policy.survivor = "<S {n}/{n}>"
        policy.offender = "[OFFENDER]"
        policy.family = "[P{n}]"
        var allocator = PlaceholderAllocator(policy: policy)
        let mentions: [(String, String?)] = [
            ("anna", nil), ("bo", "survivor"), ("cai", "offender"), ("dan", "family"), ("eva", nil), ("anna", nil), ("fia", "survivor"),
            ("gus", "offender"), ("hal", "family"), ("bo", "survivor"), ("ida", nil), ("jon", "family"), ("kim", nil), ("lo", nil),
        ]
        let got = mentions.map { allocator.replacement(for: Self.person($0.0, role: $0.1)) }
        #expect(got == [
            "[P1]", "<S 1/{n}>", "[OFFENDER]", "[P1]", "[P2]", "[P1]", "<S 2/{n}>", "[OFFENDER]", "[P2]", "<S 1/{n}>", "[P3]", "[P3]",
            "[P4]", "[P5]",
        ])
        // More people than the first reserved room, each once and then again.
        var many = PlaceholderAllocator(policy: .default)
        let names = (0..<40).map { "name\($0)" }
        let first = names.map { many.replacement(for: Self.person($0, role: nil)) }
        #expect(Set(first).count == 40)
        #expect(names.map { many.replacement(for: Self.person($0, role: nil)) } == first)
    }
}
