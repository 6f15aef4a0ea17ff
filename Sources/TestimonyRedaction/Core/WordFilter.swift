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
        return key(first: utf8.first ?? 0, last: utf8.last ?? 0, length: utf8.count)
    }

    @inline(__always) static func key(first: UInt8, last: UInt8, length: Int) -> Int {
        let mixed = (UInt32(first) &* 0x9E37) ^ (UInt32(last) &* 0x85EB) ^ (UInt32(truncatingIfNeeded: length) &* 0xC2B3)
        return Int(mixed & 0xFFFF)
    }

    /// The same for a token's `lower` (its key is worked out by the tokenizer).
    @inline(__always) func mayContain(_ token: Token) -> Bool {
        let k = token.filterKey
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// The same for a token's `filterKey` (read from the token array in place, without copying the token).
    @inline(__always) func mayContain(key k: Int) -> Bool {
        bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// The same for the scalars `start..<end` lowercased, as `CodeScan.lowercased` would give them. Only
    /// ASCII words are tested (their lowercase form is plain); any other word passes.
    @inline(__always) func mayContain(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        guard end > start else { return true }
        for k in start..<end where sc[k].value >= 0x80 { return true }
        let k = Self.key(
            first: UInt8(truncatingIfNeeded: CodeScan.lower(sc[start])), last: UInt8(truncatingIfNeeded: CodeScan.lower(sc[end - 1])),
            length: end - start)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// The same for `word` without its last byte (a Swedish genitive "s"), without building that string.
    @inline(__always) func mayContain(droppingLastByte word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count >= 2 else { return true }
        let k = Self.key(first: utf8.first ?? 0, last: utf8[utf8.index(utf8.endIndex, offsetBy: -2)], length: utf8.count - 1)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }

    /// False only when `word` is certainly not one of the words.
    @inline(__always) func mayContain(_ word: String) -> Bool {
        let k = Self.key(word)
        return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
    }
}
