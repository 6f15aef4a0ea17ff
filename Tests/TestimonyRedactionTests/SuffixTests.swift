import Testing
@testable import TestimonyRedaction

/// `WordKey.hasSuffix` answers as `String.hasSuffix`, comparing bytes only for ASCII words; the tokenizer
/// marks a token ASCII exactly when its scalars are.
struct SuffixTests {
    static let suffixes = ["", "s", "cup", "cupen", "skolan", "åring", "årig", "päivät", "festival", "-åring", "ing", "g", "n's", "\u{301}"]

    @Test func asString() {
        let text = AnalyzedText("""
            Summer Cup cupen cupenx kirkkopäivät KIRKKOPÄIVÄT Björkskolan skolan kolan tolvåring 12-åring ring spring sing
            sprinG a ab festivals festival Festival-cupen e\u{301} åring Åring nine's n's \u{212A}elvin
            """)
        for token in text.tokens {
            #expect(token.isASCII == token.text.unicodeScalars.allSatisfy(\.isASCII), "\(token.text)")
            for suffix in Self.suffixes {
                let expected = token.lower.hasSuffix(suffix)
                #expect(WordKey.hasSuffix(token.lower, ascii: token.isASCII, suffix) == expected, "\(token.lower) \(suffix)")
                // Claiming ASCII is right for ASCII words only, and then gives the same answer.
                if token.lower.utf8.allSatisfy({ $0 < 0x80 }) {
                    #expect(WordKey.hasSuffix(token.lower, ascii: true, suffix) == expected, "\(token.lower) \(suffix)")
                }
            }
        }
    }
}
