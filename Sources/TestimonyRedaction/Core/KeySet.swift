/// A set of `WordKey` / `Gazetteer.head` keys with an 8 KB bitmap in front: most tokens' keys miss the
/// bitmap, so the usual `contains` costs one array read; a key that hits it is confirmed by a binary search
/// of the sorted keys (a few comparisons: hashing the key for a `Set` cost more, and common words such as
/// "in", "an", "the" hit the bitmaps of the cue and initial sets on purpose).
struct KeySet: Sendable {
    private let keys: [UInt32]
    private var bits = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ keys: S) where S.Element == UInt32 {
        self.keys = Set(keys).sorted()
        for key in self.keys {
            let k = Self.slot(key)
            bits[k >> 6] |= 1 << UInt64(k & 63)
        }
    }

    @inline(__always) static func slot(_ key: UInt32) -> Int {
        let mixed = key &* 0x9E37_79B1
        return Int(mixed >> 16)
    }

    @inline(__always) func contains(_ key: UInt32) -> Bool {
        let k = Self.slot(key)
        guard bits[k >> 6] & (1 << UInt64(k & 63)) != 0 else { return false }
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            let value = keys[mid]
            if value == key { return true }
            if value < key { low = mid + 1 } else { high = mid }
        }
        return false
    }
}
