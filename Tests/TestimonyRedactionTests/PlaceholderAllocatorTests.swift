import Testing
@testable import TestimonyRedaction

/// Person linking across mentions: a surname said alone after the full name is the same person.
@Suite struct PlaceholderAllocatorTests {
    static func person(_ words: String) -> Detection {
        Detection(start: 0, end: 1, type: .person, detector: "test", entity: "PERSON:" + words)
    }

    /// "Jari …", "Lehtonen …", "Jari Lehtonen …", "Lehtonen …": once "Jari Lehtonen" has joined
    /// "Lehtonen" to Jari, a later "Lehtonen" is Jari too (the words a person has grow as mentions
    /// come in, so a link found earlier is not reused blindly).
    @Test func aLaterMentionSeesWordsLearnedSince() {
        var allocator = PlaceholderAllocator(policy: .default)
        let placeholders = ["jari", "lehtonen", "jari lehtonen", "lehtonen"].map { allocator.replacement(for: Self.person($0)) }
        #expect(placeholders[0] == placeholders[2])
        #expect(placeholders[3] == placeholders[0])
        #expect(placeholders[1] != placeholders[0])
    }
}
