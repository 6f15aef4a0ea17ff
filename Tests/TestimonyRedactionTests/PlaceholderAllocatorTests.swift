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

    /// The entity key's words are read byte by byte for an ASCII key: the same words, in the same order,
    /// as the Character-wise reading of the last non-empty ":" part.
    @Test func entityWordsMatchTheCharacterWiseReading() {
        func characterWise(_ entity: String) -> [Substring] {
            var words: [Substring] = []
            var key = Substring(entity)
            while key.last == ":" { key = key.dropLast() }
            let name = key.lastIndex(of: ":").map { key[key.index(after: $0)...] } ?? key
            for word in name.split(separator: " ") where !words.contains(word) { words.append(word) }
            return words
        }
        let keys = [
            "PERSON:mikko virtanen", "PERSON:jari", "PERSON:jari  lehtonen ", "PERSON:anna anna b", "PERSON:a:b c", "PERSON:x::",
            "PERSON:", "", "::", "PERSON: lone", "known:3", "PERSON:bergström anna", "PERSON:j. m. smith", "plain words here",
        ]
        for key in keys {
            #expect(PlaceholderAllocator.words(of: key) == characterWise(key), "\(key)")
        }
    }
}
