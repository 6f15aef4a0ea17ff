import Testing
@testable import TestimonyRedaction

/// `TokenWordMap` answers exactly what a `[String: Value]` lookup of the token's lowercase form answers,
/// also for words that share their first four or last three bytes with a listed word, words longer than
/// seven bytes (confirmed by comparing the String) and non-ASCII words.
@Suite struct TokenWordMapTests {
    static let table: [String: Int] = [
        "i": 1, "a": 2, "and": 3, "the": 4, "with": 5, "named": 6, "friend": 7, "sister": 8, "girlfriend": 9,
        "kellekään": 10, "berättade": 11, "väri": 12, "kompisen": 13, "nicknamed": 14, "st": 15, "abcdefg": 16,
    ]

    @Test func tokensGetWhatTheDictionaryGives() {
        let map = TokenWordMap(Self.table)
        let text = AnalyzedText("""
            I and the Andes, THE theme with within withheld; a named nameded friendly friend Sister sisters
            girlfriend girlfriends girlfxiend nicknamed nicknamer Kellekään kellekaan berättade berättate väri Väri värin
            st St stt kompisen kompissen abcdefg abcdxefg abcd efg abcdefgh i-and and's 42
            """)
        var hits = 0
        for token in text.tokens {
            let expected = Self.table[token.lower]
            #expect(map.value(head: token.head, tail: token.tail, lower: token.lower) == expected, "\(token.lower)")
            #expect(map.value(token.lower) == expected, "\(token.lower)")
            if expected != nil { hits += 1 }
        }
        #expect(hits >= 15)
    }

    @Test func everyListedWordIsFoundAndNearMissesAreNot() {
        let map = TokenWordMap(Self.table)
        for (word, value) in Self.table {
            #expect(map.value(word) == value)
            #expect(map.value(word + "x") == nil)
            #expect(map.value("x" + word) == nil)
        }
        #expect(map.value("girlfxiend") == nil)  // same head, tail and byte count as "girlfriend"
        #expect(map.value("") == nil)
        #expect(TokenWordMap<Int>([:]).value("and") == nil)
    }
}
