/// A byte-level reader for the compact JSON the corpus writes (no whitespace, plain integers, valid
/// UTF-8). It reads only what it is sure of: anything else gives nil, and callers then decode with
/// JSONDecoder, so a malformed input is judged exactly as JSONDecoder judges it. Shared by the
/// release line parser and the corpus store's column reader, which skip JSONDecoder for speed.
public struct StrictJSONScanner {
    public let bytes: [UInt8]
    public private(set) var position = 0

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var atEnd: Bool { position == bytes.count }

    /// Consumes `byte` if it comes next.
    public mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// Consumes `text` if it comes next.
    public mutating func literal(_ text: StaticString) -> Bool {
        text.withUTF8Buffer { expected in
            guard bytes.count - position >= expected.count else { return false }
            for (k, byte) in expected.enumerated() where bytes[position + k] != byte { return false }
            position += expected.count
            return true
        }
    }

    public mutating func boolean() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// `"a","b"]` after the opening bracket.
    public mutating func stringArrayBody() -> [String]? {
        var array: [String] = []
        if take(UInt8(ascii: "]")) { return array }
        while true {
            guard let value = string() else { return nil }
            array.append(value)
            if take(UInt8(ascii: "]")) { return array }
            guard take(UInt8(ascii: ",")) else { return nil }
        }
    }

    /// `"k":value,…}` after the opening brace; nil on a repeated key.
    public mutating func objectBody<Value>(_ value: (inout StrictJSONScanner) -> Value?) -> [String: Value]? {
        var map: [String: Value] = [:]
        if take(UInt8(ascii: "}")) { return map }
        while true {
            guard let key = string(), take(UInt8(ascii: ":")), let v = value(&self) else { return nil }
            guard map.updateValue(v, forKey: key) == nil else { return nil }
            if take(UInt8(ascii: "}")) { return map }
            guard take(UInt8(ascii: ",")) else { return nil }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `0` or `-?[1-9][0-9]*` within Int's range, not followed by a digit, fraction or exponent.
    public mutating func integer() -> Int? {
        var k = position
        let negative = k < bytes.count && bytes[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        guard k < bytes.count, Self.isDigit(bytes[k]) else { return nil }
        var value = 0
        if bytes[k] == UInt8(ascii: "0") {
            guard !negative else { return nil }
            k += 1
        } else {
            while k < bytes.count, Self.isDigit(bytes[k]) {
                let digit = Int(bytes[k] - UInt8(ascii: "0"))
                let (times, o1) = value.multipliedReportingOverflow(by: 10)
                let (next, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
                guard !o1, !o2 else { return nil }
                value = next
                k += 1
            }
        }
        if k < bytes.count, Self.isDigit(bytes[k]) || bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: "e")
            || bytes[k] == UInt8(ascii: "E") { return nil }
        position = k
        return value
    }

    /// A JSON string; nil on a raw control character, a bad escape, a lone surrogate or invalid UTF-8.
    public mutating func string() -> String? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        let start = position + 1
        var k = start
        var ascii = true
        while k < bytes.count {
            let byte = bytes[k]
            if byte == UInt8(ascii: "\"") {
                guard let value = Self.validString(bytes[start..<k], ascii: ascii) else { return nil }
                position = k + 1
                return value
            }
            if byte >= 0x80 { ascii = false }
            if byte == UInt8(ascii: "\\") { return escapedString(from: start, plainUpTo: k) }
            if byte < 0x20 { return nil }
            k += 1
        }
        return nil
    }

    private mutating func escapedString(from start: Int, plainUpTo firstEscape: Int) -> String? {
        var out = Array(bytes[start..<firstEscape])
        var k = firstEscape
        while k < bytes.count {
            let byte = bytes[k]
            if byte == UInt8(ascii: "\"") {
                guard let value = Self.validString(out[...], ascii: false) else { return nil }
                position = k + 1
                return value
            }
            if byte < 0x20 { return nil }
            guard byte == UInt8(ascii: "\\") else {
                out.append(byte)
                k += 1
                continue
            }
            guard k + 1 < bytes.count else { return nil }
            k += 2
            switch bytes[k - 1] {
            case UInt8(ascii: "\""): out.append(0x22)
            case UInt8(ascii: "\\"): out.append(0x5C)
            case UInt8(ascii: "/"): out.append(0x2F)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hex4(at: k) else { return nil }
                k += 4
                var scalarValue = UInt32(unit)
                if unit >= 0xD800 && unit <= 0xDBFF {
                    guard k + 1 < bytes.count, bytes[k] == UInt8(ascii: "\\"), bytes[k + 1] == UInt8(ascii: "u"),
                        let low = hex4(at: k + 2), low >= 0xDC00 && low <= 0xDFFF
                    else { return nil }
                    k += 6
                    scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else if unit >= 0xDC00 && unit <= 0xDFFF {
                    return nil
                }
                guard let scalar = Unicode.Scalar(scalarValue) else { return nil }
                out.append(contentsOf: String(scalar).utf8)
            default:
                return nil
            }
        }
        return nil
    }

    /// The string `utf8` spells, or nil if it is not valid UTF-8. `String(validating:)` is not
    /// specialised for slices and costs more than the whole scan; decoding repairs invalid input
    /// (to U+FFFD), so the bytes come back unchanged exactly when they were valid.
    static func validString(_ utf8: ArraySlice<UInt8>, ascii: Bool) -> String? {
        let value = String(decoding: utf8, as: UTF8.self)
        guard ascii || value.utf8.elementsEqual(utf8) else { return nil }
        return value
    }

    private func hex4(at k: Int) -> UInt16? {
        guard k + 4 <= bytes.count else { return nil }
        var value: UInt16 = 0
        for byte in bytes[k..<k + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
