/// The JSON-escaped bytes of the last few ASCII values written in one field (language, template,
/// question, release, a theme list…), which repeat from line to line, so a repeated value is one
/// bulk copy. Only ASCII values are kept, matched by `hasSameBytes(asASCII:)`; a field keeps up to
/// `limit` single values and `limit` lists (a language alternates between a few, a question's
/// themes with the question), and starts over when it meets more.
struct EscapedStringCache {
    static let limit = 4

    /// Values (single strings or lists) and where their escaped bytes are in `bytes`.
    private struct Kept<Value> {
        var values: [Value] = []
        var ranges: [Range<Int>] = []
        var bytes: [UInt8] = []

        mutating func remember(_ value: Value, _ written: ArraySlice<UInt8>) {
            if values.count == EscapedStringCache.limit {
                values.removeAll(keepingCapacity: true)
                ranges.removeAll(keepingCapacity: true)
                bytes.removeAll(keepingCapacity: true)
            }
            let start = bytes.count
            bytes.append(contentsOf: written)
            values.append(value)
            ranges.append(start..<bytes.count)
        }
    }

    private var singles = Kept<String>()
    private var lists = Kept<[String]>()

    /// Appends `value` as a JSON string (as `ExcerptLineEncoder.appendString`).
    mutating func append(_ value: String, to out: inout [UInt8]) {
        var i = 0
        while i < singles.values.count {
            if value.hasSameBytes(asASCII: singles.values[i]) {
                out.append(contentsOf: singles.bytes[singles.ranges[i]])
                return
            }
            i += 1
        }
        let start = out.count
        ExcerptLineEncoder.appendString(value, to: &out)
        if value.isASCII { singles.remember(value, out[start...]) }
    }

    /// Appends `values` as the members of a JSON array, comma-separated, without the brackets.
    mutating func append(list: [String], to out: inout [UInt8]) {
        var i = 0
        while i < lists.values.count {
            let kept = lists.values[i]
            if kept.count == list.count && zip(list, kept).allSatisfy({ $0.hasSameBytes(asASCII: $1) }) {
                out.append(contentsOf: lists.bytes[lists.ranges[i]])
                return
            }
            i += 1
        }
        let start = out.count
        for (n, value) in list.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            ExcerptLineEncoder.appendString(value, to: &out)
        }
        if list.allSatisfy(\.isASCII) { lists.remember(list, out[start...]) }
    }
}
