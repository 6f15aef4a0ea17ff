import Foundation

extension SQLiteCorpusStore {
    /// Reads the small JSON columns (`themes`: string array, `quasi`: string → string, `levels`:
    /// string → int) as the store writes them, without JSONDecoder, which costs more than the rest
    /// of loading a record on Linux. A cell of any other shape (whitespace, repeated keys, numbers
    /// with fractions or exponents, invalid UTF-8…) gives nil and goes to JSONDecoder, so malformed
    /// cells fail exactly as before.
    struct ColumnJSON {
        private let bytes: [UInt8]
        private var i = 0

        private init(_ text: String) { bytes = Array(text.utf8) }

        static func stringArray(_ text: String) -> [String]? {
            var reader = ColumnJSON(text)
            guard reader.take(UInt8(ascii: "[")) else { return nil }
            var array: [String] = []
            if reader.take(UInt8(ascii: "]")) { return reader.atEnd ? array : nil }
            while true {
                guard let value = reader.string() else { return nil }
                array.append(value)
                if reader.take(UInt8(ascii: "]")) { return reader.atEnd ? array : nil }
                guard reader.take(UInt8(ascii: ",")) else { return nil }
            }
        }

        static func stringMap(_ text: String) -> [String: String]? {
            var reader = ColumnJSON(text)
            return reader.object { reader in reader.string() }
        }

        static func intMap(_ text: String) -> [String: Int]? {
            var reader = ColumnJSON(text)
            return reader.object { reader in reader.integer() }
        }

        private var atEnd: Bool { i == bytes.count }

        private mutating func take(_ byte: UInt8) -> Bool {
            guard i < bytes.count, bytes[i] == byte else { return false }
            i += 1
            return true
        }

        private mutating func object<Value>(_ value: (inout ColumnJSON) -> Value?) -> [String: Value]? {
            guard take(UInt8(ascii: "{")) else { return nil }
            var map: [String: Value] = [:]
            if take(UInt8(ascii: "}")) { return atEnd ? map : nil }
            while true {
                guard let key = string(), take(UInt8(ascii: ":")), let v = value(&self) else { return nil }
                guard map.updateValue(v, forKey: key) == nil else { return nil }
                if take(UInt8(ascii: "}")) { return atEnd ? map : nil }
                guard take(UInt8(ascii: ",")) else { return nil }
            }
        }

        private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

        /// `0` or `-?[1-9][0-9]*` within Int's range, not followed by a fraction or exponent.
        private mutating func integer() -> Int? {
            var k = i
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
            i = k
            return value
        }

        /// A string without escapes other than the ones JSONEncoder writes (`\" \\ \/ \b \f \n
        /// \r \t \u00xx`); anything rarer gives nil.
        private mutating func string() -> String? {
            guard take(UInt8(ascii: "\"")) else { return nil }
            var out: [UInt8] = []
            var k = i
            var plainStart = k
            while k < bytes.count {
                let byte = bytes[k]
                if byte == UInt8(ascii: "\"") {
                    out.append(contentsOf: bytes[plainStart..<k])
                    guard let value = String(validating: out, as: UTF8.self) else { return nil }
                    i = k + 1
                    return value
                }
                if byte < 0x20 { return nil }
                if byte == UInt8(ascii: "\\") {
                    out.append(contentsOf: bytes[plainStart..<k])
                    guard k + 1 < bytes.count else { return nil }
                    switch bytes[k + 1] {
                    case UInt8(ascii: "\""): out.append(0x22)
                    case UInt8(ascii: "\\"): out.append(0x5C)
                    case UInt8(ascii: "/"): out.append(0x2F)
                    case UInt8(ascii: "b"): out.append(0x08)
                    case UInt8(ascii: "f"): out.append(0x0C)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "u"):
                        // Only \u0000–\u001f (what JSONEncoder writes for control characters).
                        guard k + 6 <= bytes.count, bytes[k + 2] == UInt8(ascii: "0"), bytes[k + 3] == UInt8(ascii: "0"),
                              let high = Self.hexDigit(bytes[k + 4]), high <= 1, let low = Self.hexDigit(bytes[k + 5])
                        else { return nil }
                        out.append(high << 4 | low)
                        k += 4
                    default: return nil
                    }
                    k += 2
                    plainStart = k
                    continue
                }
                k += 1
            }
            return nil
        }

        private static func hexDigit(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: nil
            }
        }
    }
}
