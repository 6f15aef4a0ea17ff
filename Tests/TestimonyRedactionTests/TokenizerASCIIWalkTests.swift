import Testing
import TestimonyTestSupport
@testable import TestimonyRedaction

/// ASCII tokens are found, shaped and keyed in one walk (`Tokenizer.asciiWalk`): every token, field by field,
/// is the token the general path makes, on the development texts and on seeded texts that mix ASCII with
/// Latin-1 and other letters, inner hyphens and apostrophes (ASCII and typographic), line breaks inside
/// hyphenated names, digits and punctuation.
@Suite struct TokenizerASCIIWalkTests {
    static func check(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        let walked = Tokenizer.tokens(of: scalars, asciiWalk: true)
        let general = Tokenizer.tokens(of: scalars, asciiWalk: false)
        #expect(walked == general, "\(text.debugDescription)")
    }

    @Test func developmentTextsTokeniseAsOnTheGeneralPath() throws {
        for text in try CodeScanSharingTests.texts() { Self.check(text) }
    }

    @Test func seededMixedTextsTokeniseAsOnTheGeneralPath() {
        var generator = SeededGenerator(seed: 31)
        let pieces: [String] = [
            "a", "b", "z", "A", "Q", "Z", "0", "7", "9", "-", "'", "\u{2019}", "\u{2010}", "\u{2011}", "\n", " ", " ", ".", ",", "!",
            "?", ":", ";", "•", "é", "Ä", "ö", "ß", "Ł", "@", "[", "`", "{", "\t", "👋", "\u{0301}", "Anna", "-\nLiisa", "O'Brien",
            "JOHN", "x-", "-y", "''", "--",
        ]
        for _ in 0..<3_000 {
            let length = Int.random(in: 1...24, using: &generator)
            Self.check((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
    }
}
