/// A set of `WordKey` / `Gazetteer.head` keys with an 8 KB bitmap in front: most tokens' keys miss the
/// bitmap, so the usual `contains` costs one array read instead of hashing (the set answers the rest).
struct KeySet: Sendable {
    private let keys: Set<UInt32>
    private var bits = [UInt64](repeating: 0, count: 1024)

    init<S: Sequence>(_ keys: S) where S.Element == UInt32 {
        self.keys = Set(keys)
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
        return keys.contains(key)
    }
}
