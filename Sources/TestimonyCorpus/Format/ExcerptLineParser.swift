/// Parses an `excerpts.jsonl` line of exactly the shape the release writer writes (keys in sorted
/// order, no whitespace, integers without sign or fraction quirks, valid UTF-8). Anything else,
/// valid or not, gives nil, and the caller decodes the line with JSONDecoder instead: the fast
/// path never decides that a line is malformed, so errors and odd-but-valid JSON behave exactly
/// as with JSONDecoder alone.
struct ExcerptLineParser {
    private let bytes: [UInt8]
    private var i = 0

    private init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func parse(_ bytes: [UInt8]) -> ReleasedExcerpt? {
        var parser = ExcerptLineParser(bytes)
        return parser.excerpt()
    }

    private mutating func excerpt() -> ReleasedExcerpt? {
        guard literal(#"{"excerpt_id":"#), let id = string(),
              literal(#","language":"#), let language = string(),
              literal(#","metadata":{"#), let metadata = stringMap(),
              literal(#","provenance":{"policy_version":"#), let policyVersion = integer(),
              literal(#","release":"#), let release = string(),
              literal(#","statement":"#), let statement = string(),
              literal(#"},"question":"#), let question = string(),
              literal(#","quotable":"#), let quotable = boolean(),
              literal(#","template":"#), let template = string(),
              literal(#","template_version":"#), let templateVersion = integer(),
              literal(#","text":"#), let text = string(),
              literal(#","themes":["#), let themes = stringArray(),
              literal("}"), i == bytes.count
        else { return nil }
        return ReleasedExcerpt(
            excerptID: id, template: template, templateVersion: templateVersion, question: question, language: language,
            themes: themes, quotable: quotable, metadata: metadata, text: text,
            provenance: .init(statement: statement, policyVersion: policyVersion, release: release))
    }

    private mutating func literal(_ text: StaticString) -> Bool {
        text.withUTF8Buffer { expected in
            guard bytes.count - i >= expected.count else { return false }
            for (k, byte) in expected.enumerated() where bytes[i + k] != byte { return false }
            i += expected.count
            return true
        }
    }

    /// `"k":"v",…}` after the opening brace; nil on a repeated key.
    private mutating func stringMap() -> [String: String]? {
        var map: [String: String] = [:]
        if literal("}") { return map }
        while true {
            guard let key = string(), literal(":"), let value = string() else { return nil }
            guard map.updateValue(value, forKey: key) == nil else { return nil }
            if literal("}") { return map }
            guard literal(",") else { return nil }
        }
    }

    /// `"a","b"]` after the opening bracket.
    private mutating func stringArray() -> [String]? {
        var array: [String] = []
        if literal("]") { return array }
        while true {
            guard let value = string() else { return nil }
            array.append(value)
            if literal("]") { return array }
            guard literal(",") else { return nil }
        }
    }

    private mutating func boolean() -> Bool? {
        if literal("true") { return true }
        if literal("false") { return false }
        return nil
    }

    /// `0` or `-?[1-9][0-9]*` within Int's range.
    private mutating func integer() -> Int? {
        var k = i
        let negative = k < bytes.count && bytes[k] == UInt8(ascii: "-")
        if negative { k += 1 }
        guard k < bytes.count, bytes[k] >= UInt8(ascii: "0"), bytes[k] <= UInt8(ascii: "9") else { return nil }
        if bytes[k] == UInt8(ascii: "0") {
            guard !negative else { return nil }
            k += 1
            if k < bytes.count, bytes[k] >= UInt8(ascii: "0") && bytes[k] <= UInt8(ascii: "9") || bytes[k] == UInt8(ascii: ".")
                || bytes[k] == UInt8(ascii: "e") || bytes[k] == UInt8(ascii: "E") { return nil }
            i = k
            return 0
        }
        var value = 0
        while k < bytes.count, bytes[k] >= UInt8(ascii: "0"), bytes[k] <= UInt8(ascii: "9") {
            let digit = Int(bytes[k] - UInt8(ascii: "0"))
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (next, o2) = negative ? times.subtractingReportingOverflow(digit) : times.addingReportingOverflow(digit)
            guard !o1, !o2 else { return nil }
            value = next
            k += 1
        }
        if k < bytes.count, bytes[k] == UInt8(ascii: ".") || bytes[k] == UInt8(ascii: "e") || bytes[k] == UInt8(ascii: "E") { return nil }
        i = k
        return value
    }

    /// A JSON string; nil on a raw control character, a bad escape, a lone surrogate or invalid
    /// UTF-8.
    private mutating func string() -> String? {
        guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        let start = i + 1
        var k = start
        while k < bytes.count {
            let byte = bytes[k]
            if byte == UInt8(ascii: "\"") {
                guard let value = String(validating: bytes[start..<k], as: UTF8.self) else { return nil }
                i = k + 1
                return value
            }
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
                guard let value = String(validating: out, as: UTF8.self) else { return nil }
                i = k + 1
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
                          let low = hex4(at: k + 2), low >= 0xDC00 && low <= 0xDFFF else { return nil }
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
