/// One word of a person entity's key ("mikko" of "PERSON:mikko virtanen"), with a number that decides most
/// comparisons without comparing Strings (the placeholder allocator compares every word of a mention with
/// every word of each person seen so far).
struct PersonWord: Equatable {
    let text: Substring
    /// An ASCII word of up to seven bytes: its bytes, with its length in the top byte (equal keys, equal
    /// words). A longer ASCII word: an FNV-1a hash with the top bit set (equal keys are confirmed by comparing
    /// the text). 0 for a word with any other byte: compared as Strings, with canonical equivalence ("K"
    /// written as U+212A equals "K").
    let key: UInt64

    init(_ text: Substring, key: UInt64) {
        self.text = text
        self.key = key
    }

    /// `text`'s key, from its bytes `bytes[start..<end]` (all ASCII).
    static func asciiKey(_ bytes: Span<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        let length = end - start
        if length <= 7 {
            var packed = UInt64(length) << 56
            for k in start..<end { packed |= UInt64(bytes[k]) << (8 * UInt64(k - start)) }
            return packed
        }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end { hash = (hash ^ UInt64(bytes[k])) &* 0x100_0000_01b3 }
        return hash | 1 << 63
    }

    static func == (a: PersonWord, b: PersonWord) -> Bool {
        if a.key != 0 && b.key != 0 {
            // Different keys: different ASCII bytes, and ASCII words are equal only byte for byte.
            guard a.key == b.key else { return false }
            return a.key >> 63 == 0 || a.text == b.text
        }
        return a.text == b.text
    }
}
