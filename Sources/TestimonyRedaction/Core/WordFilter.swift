/// A cheap, allocation-free first test before a `Set<String>` lookup in a per-token loop: an 8 KB bitmap
/// over a word's first byte, last byte and length. A word of the set always passes; most other words
/// fail with one array read instead of hashing a `String`.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words { insert(word) }
    }

    private mutating func insert(_ word: String) {
        let k = Self.key(word)
        bits[k >> 6] |= 1 << UInt64(k & 63)
    }

    @inline(__always) static func key(_ word: String) -> Int {
        let utf8 = word.utf8
        let first = UInt32(utf8.first ?? 0)
        let last = UInt32(utf8.last ?? 0)
        let length = UInt32(truncatingIfNeeded: utf8.count)
        return Int(((first &* 0x9E37) ^ (last &* 0x85EB) ^ (length &* 0xC2B3)) & 0xFFFF)
    }

    /// False only when `word` is certainly not one of the words.
    @inline(__always) func mayContain(_ word: String) -> Bool {
        let k = Self.key(word)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
