import Testing
@testable import TestimonyRedaction

/// The proper-noun word cache is an open-addressing table of its own: every stored word is found again
/// with its own entry, a word differing only in its context or one byte is a different key, and the table
/// keeps working while it grows and after it is emptied at its limit.
@Suite struct WordCacheTests {
    static func entry(_ cues: UInt16) -> WordCache.Entry {
        WordCache.Entry(hit: nil, cues: cues)
    }

    @Test func storedWordsAreFoundWithTheirOwnEntries() {
        let cache = WordCache()
        #expect(cache.value(.init(text: "Anna", context: 3)) == nil)
        cache.store(.init(text: "Anna", context: 3), Self.entry(1))
        cache.store(.init(text: "Anna", context: 11), Self.entry(2))
        cache.store(.init(text: "anna", context: 3), Self.entry(3))
        cache.store(.init(text: "Bergström", context: 3), Self.entry(4))
        #expect(cache.value(.init(text: "Anna", context: 3))?.cues == 1)
        #expect(cache.value(.init(text: "Anna", context: 11))?.cues == 2)
        #expect(cache.value(.init(text: "anna", context: 3))?.cues == 3)
        #expect(cache.value(.init(text: "Bergström", context: 3))?.cues == 4)
        #expect(cache.value(.init(text: "Bergstrom", context: 3)) == nil)
        #expect(cache.value(.init(text: "Ann", context: 3)) == nil)
        // Storing a key again replaces its entry.
        cache.store(.init(text: "Anna", context: 3), Self.entry(5))
        #expect(cache.value(.init(text: "Anna", context: 3))?.cues == 5)
        #expect(cache.count == 4)
    }

    @Test func growingKeepsEveryWord() {
        let cache = WordCache()
        let words = (0..<5000).map { "Word\($0)" + String(repeating: "x", count: $0 % 20) }
        for (k, word) in words.enumerated() { cache.store(.init(text: word, context: UInt8(k % 16)), Self.entry(UInt16(k % 60000))) }
        #expect(cache.count == words.count)
        for (k, word) in words.enumerated() {
            #expect(cache.value(.init(text: word, context: UInt8(k % 16)))?.cues == UInt16(k % 60000))
            #expect(cache.value(.init(text: word, context: UInt8((k + 1) % 16))) == nil)
        }
    }

    @Test func theLimitEmptiesTheCacheAndItFillsAgain() {
        let cache = WordCache()
        for k in 0..<cache.limit { cache.store(.init(text: "w\(k)", context: 0), Self.entry(1)) }
        #expect(cache.count == cache.limit)
        cache.store(.init(text: "new", context: 0), Self.entry(2))
        #expect(cache.count == 1)
        #expect(cache.value(.init(text: "w0", context: 0)) == nil)
        #expect(cache.value(.init(text: "new", context: 0))?.cues == 2)
        cache.store(.init(text: "w0", context: 0), Self.entry(3))
        #expect(cache.value(.init(text: "w0", context: 0))?.cues == 3)
    }

    /// The proper-noun pass hashes a word from its token's keys: equal words as written get equal hashes
    /// (so a word stored from one text is found from the next), and the cache works with that hash.
    @Test func tokenHashesAgreeForEqualWords() {
        let text = AnalyzedText("Anna met anna and ANNA. Anna's friend Bergström, bergström and Anna-\nLiisa met Anna.")
        func hash(_ token: Token, _ context: UInt8) -> UInt64 {
            WordCache.tokenHash(head: token.head, tail: token.tail, textBytes: token.text.utf8.count, context: context)
        }
        let cache = WordCache()
        for (k, token) in text.tokens.enumerated() {
            for other in text.tokens where other.text == token.text { #expect(hash(other, 3) == hash(token, 3)) }
            let key = WordCache.Key(text: token.text, context: 3)
            if cache.value(key, hash: hash(token, 3)) == nil { cache.store(key, hash: hash(token, 3), Self.entry(UInt16(k))) }
        }
        #expect(cache.count == Set(text.tokens.map(\.text)).count)
        for token in text.tokens {
            #expect(cache.value(.init(text: token.text, context: 3), hash: hash(token, 3)) != nil)
            #expect(cache.value(.init(text: token.text, context: 11), hash: hash(token, 11)) == nil)
        }
    }
}
