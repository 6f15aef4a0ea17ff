/// The JSON-escaped bytes of the last few ASCII values written in one field (language, template,
/// question, release, a theme list…), which repeat from line to line, so a repeated value is one
/// bulk copy. Only ASCII values are kept, matched by `hasSameBytes(asASCII:)`; a field keeps up to
/// `limit` single values and `limit` lists (a language alternates between a few, a question's
/// themes with the question), and starts over when it meets more.
struct EscapedStringCache {
    static let limit = 4
    /// Single values, and where their escaped bytes are in `singleBytes`.
    private var singles: [String] = []
    private var singleRanges: [Range<Int>] = []
    private var singleBytes: [UInt8] = []
    /// Lists, and where their escaped members (comma-separated) are in `listBytes`.
    private var lists: [[String]] = []
    private var listRanges: [Range<Int>] = []
    private var listBytes: [UInt8] = []

    /// Appends `value` as a JSON string (as `ExcerptLineEncoder.appendString`).
    mutating func append(_ value: String, to out: inout [UInt8]) {
        var i = 0
        while i < singles.count {
            if value.hasSameBytes(asASCII: singles[i]) {
                out.append(contentsOf: singleBytes[singleRanges[i]])
                return
            }
            i += 1
        }
        let start = out.count
        ExcerptLineEncoder.appendString(value, to: &out)
        guard value.isASCII else { return }
        if singles.count == Self.limit {
            singles.removeAll(keepingCapacity: true)
            singleRanges.removeAll(keepingCapacity: true)
            singleBytes.removeAll(keepingCapacity: true)
        }
        let kept = singleBytes.count
        singleBytes.append(contentsOf: out[start...])
        singles.append(value)
        singleRanges.append(kept..<singleBytes.count)
    }

    /// Appends `values` as the members of a JSON array, comma-separated, without the brackets.
    mutating func append(list: [String], to out: inout [UInt8]) {
        var i = 0
        while i < lists.count {
            if lists[i].count == list.count && zip(list, lists[i]).allSatisfy({ $0.hasSameBytes(asASCII: $1) }) {
                out.append(contentsOf: listBytes[listRanges[i]])
                return
            }
            i += 1
        }
        let start = out.count
        for (n, value) in list.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            ExcerptLineEncoder.appendString(value, to: &out)
        }
        guard list.allSatisfy(\.isASCII) else { return }
        if lists.count == Self.limit {
            lists.removeAll(keepingCapacity: true)
            listRanges.removeAll(keepingCapacity: true)
            listBytes.removeAll(keepingCapacity: true)
        }
        let kept = listBytes.count
        listBytes.append(contentsOf: out[start...])
        lists.append(list)
        listRanges.append(kept..<listBytes.count)
    }
}
