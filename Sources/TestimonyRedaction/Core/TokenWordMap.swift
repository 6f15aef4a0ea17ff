/// A small word → value table looked up with a token's precomputed keys (`Token.head`, `Token.tail`) and
/// the byte count of its lowercase form, instead of hashing a `String`: a multiplication, a probe or two
/// and an integer comparison. Words of up to seven bytes are fully determined by those keys (the head
/// holds bytes 0–3, the tail the last three); a longer word is confirmed by comparing the `String`.
struct TokenWordMap<Value: Sendable>: Sendable {
    /// Slot → 1 + index into the arrays below; 0 is an empty slot. A power of two long, at most half full.
    private var slots: [Int32]
    private var keys: [UInt64] = []
    private var words: [String] = []
    private var values: [Value] = []

    init(_ table: [String: Value]) {
        var size = 16
        while size < table.count * 2 { size *= 2 }
        slots = [Int32](repeating: 0, count: size)
        // In sorted order, so the layout does not depend on the dictionary's order.
        for word in table.keys.sorted() {
            guard let value = table[word] else { continue }
            let key = Self.key(head: Gazetteer.head(word), tail: WordKey.tail(word), count: word.utf8.count)
            keys.append(key)
            words.append(word)
            values.append(value)
            var slot = Self.slot(key, size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(keys.count)
        }
    }

    @inline(__always) static func key(head: UInt32, tail: UInt32, count: Int) -> UInt64 {
        UInt64(head) | UInt64(tail & 0xFF_FFFF) << 32 | UInt64(min(count, 255)) << 56
    }

    @inline(__always) static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// The value of `lower` (a token's lowercase form, with its `head` and `tail`), if it is in the table.
    @inline(__always) func value(head: UInt32, tail: UInt32, lower: String) -> Value? {
        let count = lower.utf8.count
        let key = Self.key(head: head, tail: tail, count: count)
        let mask = slots.count - 1
        var slot = Self.slot(key, mask)
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return nil }
            if keys[stored - 1] == key, count <= 7 || words[stored - 1] == lower { return values[stored - 1] }
            slot = (slot + 1) & mask
        }
    }

    /// The same for any lowercase word (its keys worked out here).
    func value(_ lower: String) -> Value? {
        value(head: Gazetteer.head(lower), tail: WordKey.tail(lower), lower: lower)
    }
}
