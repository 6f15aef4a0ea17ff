import Foundation

/// A process-wide cache of per-word results (the proper-noun classification of a word as written, at a
/// sentence start or not, for one language, and its cue flags). The result depends only on the word, the lists and the
/// dictionary, so a long text, and the next text, pay for each distinct word once. Thread-safe; emptied
/// when it grows past `limit` entries.
///
/// An open-addressing table keyed by a multiply-xor hash of the word's bytes (`Key.hash`), not a
/// `Dictionary`: a lookup costs a few multiplications and one `String` comparison when the hashes agree,
/// instead of SipHash over the word and the context.
final class WordCache: @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        /// Language (0 none, 1 fi, 2 sv, 3 en), sentence start, and whether Voikko is present.
        var context: UInt8

        /// 64 bits from the UTF-8 bytes and the context; never zero (zero marks an empty slot).
        var hash: UInt64 {
            var h: UInt64 = 0x9E37_79B9_7F4A_7C15 &* (UInt64(context) &+ 1)
            for byte in text.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            h ^= h >> 29
            return h | 1
        }
    }

    /// A hash of a token's key from what the tokenizer already worked out (the head and tail of its
    /// lowercase form, the byte count of the word as written) and the context: equal words as written give
    /// equal hashes, without reading the word's bytes again. Never zero.
    @inline(__always) static func tokenHash(head: UInt32, tail: UInt32, textBytes: Int, context: UInt8) -> UInt64 {
        var h = UInt64(head) | UInt64(tail) &<< 32
        h ^= (UInt64(truncatingIfNeeded: textBytes) &<< 8 | UInt64(context)) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ h &>> 31) &* 0xBF58_476D_1CE4_E5B9
        return (h ^ h &>> 29) | 1
    }

    struct Entry {
        var hit: ProperNounDetector.Hit?
        /// The word's cue flags for the context rules (`ProperNounDetector.cueTables`).
        var cues: UInt16
    }

    private let lock = NSLock()
    /// Slot → 1 + index into the dense arrays below; 0 is an empty slot. A power of two long.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var hashes: [UInt64] = []
    private var keys: [Key] = []
    private var entries: [Entry] = []
    let limit = 200_000

    /// Number of words held.
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return keys.count
    }

    func value(_ key: Key) -> Entry? {
        value(key, hash: key.hash)
    }

    func store(_ key: Key, _ entry: Entry) {
        store(key, hash: key.hash, entry)
    }

    /// The same with the hash worked out by the caller (`tokenHash`), which must use one hash function
    /// for every call on this cache: equal keys must get equal hashes.
    func value(_ key: Key, hash: UInt64) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        let index = find(key, hash)
        return index >= 0 ? entries[index] : nil
    }

    /// Runs `body` holding the cache's lock, for many `lockedValue` calls in a row: one lock per text instead
    /// of one per word. `body` must call no other method of this cache (the lock is not recursive).
    func withLock<R>(_ body: () throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// `value(_:hash:)` for a caller inside `withLock`.
    func lockedValue(_ key: Key, hash: UInt64) -> Entry? {
        let index = find(key, hash)
        return index >= 0 ? entries[index] : nil
    }

    func store(_ key: Key, hash: UInt64, _ entry: Entry) {
        lock.lock()
        defer { lock.unlock() }
        let found = find(key, hash)
        if found >= 0 {
            entries[found] = entry
            return
        }
        if keys.count >= limit {
            hashes.removeAll(keepingCapacity: true)
            keys.removeAll(keepingCapacity: true)
            entries.removeAll(keepingCapacity: true)
            for k in slots.indices { slots[k] = 0 }
        }
        // At most half full, so probes stay short.
        if (keys.count + 1) * 2 > slots.count { grow() }
        hashes.append(hash)
        keys.append(key)
        entries.append(entry)
        insertSlot(hash, Int32(keys.count))
    }

    /// The dense index of `key`, or -1.
    private func find(_ key: Key, _ hash: UInt64) -> Int {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while true {
            let stored = Int(slots[slot])
            if stored == 0 { return -1 }
            if hashes[stored - 1] == hash && keys[stored - 1] == key { return stored - 1 }
            slot = (slot + 1) & mask
        }
    }

    private func insertSlot(_ hash: UInt64, _ value: Int32) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = value
    }

    private func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (k, hash) in hashes.enumerated() { insertSlot(hash, Int32(k + 1)) }
    }
}
