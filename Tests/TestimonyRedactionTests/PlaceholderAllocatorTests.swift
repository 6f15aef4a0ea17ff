import Testing
@testable import TestimonyRedaction
import TestimonyTestSupport

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

    /// Words compared by their keys give the String comparison's answer: short and long ASCII words, words
    /// differing in one byte or in length, and words with other scalars (canonical equivalence: "K" written as
    /// U+212A equals "K"; a decomposed "é" equals a composed one).
    @Test func personWordKeysAgreeWithStringEquality() {
        var generator = SeededGenerator(seed: 8)
        let alphabet: [String] = ["a", "b", "k", "K", "\u{212A}", "e", "é", "e\u{301}", "-", "."]
        var words: [String] = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefgi", "abcdefghijklmnopq", "kalle", "\u{212A}alle", "Kalle"]
        for _ in 0..<300 {
            let length = Int.random(in: 1...12, using: &generator)
            words.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined())
        }
        let keyed = words.map { PlaceholderAllocator.personWords(of: "PERSON:" + $0) }
        for (i, a) in keyed.enumerated() {
            #expect(a.map(\.text) == PlaceholderAllocator.words(of: "PERSON:" + words[i]))
            for (j, b) in keyed.enumerated() where a.count == 1 && b.count == 1 {
                #expect((a[0] == b[0]) == (a[0].text == b[0].text), "\(i) \(j)")
            }
        }
    }

    /// Numbers past nine are written in full, and a person mentioned again keeps the number.
    @Test func numbersPastNineAreWrittenInFull() {
        var allocator = PlaceholderAllocator(policy: .default)
        let first = (1...120).map { allocator.replacement(for: Self.person("name\($0)")) }
        #expect(first[0] == "[PERSON 1]")
        #expect(first[9] == "[PERSON 10]")
        #expect(first[99] == "[PERSON 100]")
        #expect(first[119] == "[PERSON 120]")
        #expect(allocator.replacement(for: Self.person("name10")) == "[PERSON 10]")
    }
}
