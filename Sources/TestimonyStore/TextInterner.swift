/// Strings that repeat by position from row to row (a template's questions and codes in each
/// record's `answers`), made once and reused while their bytes repeat: a byte comparison costs a
/// fraction of making a `String`. Equal bytes give an equal `String`, so reading is unchanged.
/// Each slot keeps up to `perSlot` distinct values.
struct TextInterner {
    private var slots: [[(bytes: [UInt8], value: String)]] = []
    static let perSlot = 8

    /// The string `bytes[range]` spells, which must be ASCII (from `StrictJSONScanner.plainASCIIString`).
    mutating func ascii(_ bytes: [UInt8], _ range: Range<Int>, slot: Int) -> String {
        while slots.count <= slot { slots.append([]) }
        for entry in slots[slot] where Self.equal(entry.bytes, bytes, range) { return entry.value }
        let value = String(decoding: bytes[range], as: UTF8.self)
        if slots[slot].count < Self.perSlot { slots[slot].append((Array(bytes[range]), value)) }
        return value
    }

    private static func equal(_ stored: [UInt8], _ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard stored.count == range.count else { return false }
        var i = 0
        while i < stored.count {
            if stored[i] != bytes[range.lowerBound + i] { return false }
            i += 1
        }
        return true
    }
}
