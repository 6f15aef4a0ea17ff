/// The JSON-escaped bytes of the last ASCII value written in one field (language, template,
/// question, release, a theme list…), which repeat from line to line, so a repeated value is one
/// bulk copy. Only ASCII values are kept, matched by `hasSameBytes(asASCII:)`.
struct EscapedStringCache {
    private var values: [String] = []
    private var bytes: [UInt8] = []
    private var cached = false

    /// Appends `value` as a JSON string (as `ExcerptLineEncoder.appendString`).
    mutating func append(_ value: String, to out: inout [UInt8]) {
        if cached, values.count == 1, value.hasSameBytes(asASCII: values[0]) {
            out.append(contentsOf: bytes)
            return
        }
        let start = out.count
        ExcerptLineEncoder.appendString(value, to: &out)
        remember([value], out[start...])
    }

    /// Appends `values` as the members of a JSON array, comma-separated, without the brackets.
    mutating func append(list: [String], to out: inout [UInt8]) {
        if cached, values.count == list.count, zip(list, values).allSatisfy({ $0.hasSameBytes(asASCII: $1) }) {
            out.append(contentsOf: bytes)
            return
        }
        let start = out.count
        for (i, value) in list.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            ExcerptLineEncoder.appendString(value, to: &out)
        }
        remember(list, out[start...])
    }

    private mutating func remember(_ list: [String], _ written: ArraySlice<UInt8>) {
        cached = list.allSatisfy(\.isASCII)
        guard cached else { return }
        values = list
        bytes.removeAll(keepingCapacity: true)
        bytes.append(contentsOf: written)
    }
}
