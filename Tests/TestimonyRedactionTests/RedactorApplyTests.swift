import Testing
@testable import TestimonyRedaction

/// The redacted text built from byte offsets summed over the text's own scalars is the text built by
/// walking its scalar view: for ASCII, Latin-1, emoji, a combining mark that has no composed form,
/// and CRLF line breaks, with spans at the start, in the middle and at the end.
@Suite struct RedactorApplyTests {
    @Test func byteOffsetsGiveTheSameTextAsTheScalarWalk() {
        let texts = [
            "Mikko Virtanen asuu Tampereella.", "Björn bor i Göteborg, nära Älvsborg.", "Hi 👋🏽 Anna, see you at 5 😀!",
            "q\u{0323}\u{0307} mark and x\u{0301}y", "line one\r\nline two\r\nAnna", "",
        ]
        for text in texts {
            let analyzed = AnalyzedText(text)
            let n = analyzed.originalCount
            var cases: [[(Int, Int)]] = [[]]
            if n >= 1 { cases += [[(0, 1)], [(n - 1, n)], [(0, n)]] }
            if n >= 6 { cases += [[(1, 3), (4, 6)], [(2, 5), (n - 1, n)]] }
            // A replacement as long as a span, a longer one with two-byte and four-byte scalars.
            for ranges in cases {
                for replacement in ["[X]", "[HENKILÖ 12] 👋🏽"] {
                    let spans = ranges.map { RedactedSpan(
                        start: $0.0, end: $0.1, type: .person, identifierClass: .direct, detector: "test", confidence: 1,
                        replacement: replacement) }
                    let walked = Redactor.apply(spans, to: text)
                    #expect(Redactor.apply(spans, to: text, scalars: Array(text.unicodeScalars)) == walked, "\(text) \(ranges)")
                }
            }
        }
    }
}
