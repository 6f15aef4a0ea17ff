import Testing
@testable import TestimonyRedaction

/// `AnalyzedText.plainScalars` (the UTF-8 decoding taken for texts normalisation leaves alone) gives the
/// text's own scalars, and what the normalising walk gives for the same text; it declines every text with
/// a scalar at or above U+0300 or a soft hyphen, which the walk then handles.
@Suite struct PlainScalarsTests {
    static let plain = [
        "", "a", "Mikko Virtanen asuu Tampereella.", "Björn bor i Göteborg, nära Älvsborg.", "Œuvre ŁÓDŹ ſ ǅ ɐ ʰ ˿ ÿ \u{7F}\u{80}",
        "line one\r\nline two\n\tAnna", "£5 ©2019 µ ¶ × ÷ Ø",
    ]
    static let declined = [
        "e\u{0301}", "Tuomas\u{00AD}son", "zero\u{200B}width", "Hi 👋🏽 Anna", "Ελλάδα", "Москва", "“quoted” – dash", "\u{0300}",
        "a\u{FEFF}b",
    ]

    @Test func plainTextsDecodeToTheirScalarsAndToWhatTheWalkGives() {
        var texts = Self.plain
        // Every scalar below U+0300 but the soft hyphen, in one text.
        texts.append(String(String.UnicodeScalarView((0..<0x300).compactMap { $0 == 0xAD ? nil : Unicode.Scalar(UInt32($0)) })))
        for text in texts {
            let decoded = AnalyzedText.plainScalars(text)
            #expect(decoded == Array(text.unicodeScalars), "\(text.debugDescription)")
            let walked = AnalyzedText.normalise(text)
            #expect(decoded == walked.0)
            #expect(walked.1.isEmpty && walked.2.isEmpty && walked.3 == decoded?.count)
            let analyzed = AnalyzedText(text)
            #expect(analyzed.scalars == walked.0 && analyzed.originalCount == walked.3)
            #expect(analyzed.tokens == Tokenizer.tokens(of: walked.0))
        }
    }

    @Test func otherTextsAreLeftToTheWalk() {
        for text in Self.declined {
            #expect(AnalyzedText.plainScalars(text) == nil, "\(text.debugDescription)")
            let walked = AnalyzedText.normalise(text)
            let analyzed = AnalyzedText(text)
            #expect(analyzed.scalars == walked.0 && analyzed.originalCount == walked.3)
            #expect(analyzed.originalRange(0, analyzed.scalars.count) == (walked.1.isEmpty ? (0, walked.0.count) : (walked.1[0], walked.2.last ?? 0)))
        }
    }
}
