import Foundation

/// RFC 4180 fields for `responses.csv`: a field is quoted when it holds a comma, a double quote, CR
/// or LF, and quotes inside are doubled.
enum ReleaseCSV {
    static let header = ["response_id", "template", "template_version", "language", "question", "code"]

    /// One field, quoted if needed.
    static func field(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record with its `\n`.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// `row(fields)` as bytes, appended to `out` without building the intermediate strings.
    static func appendRow(_ fields: [String], to out: inout [UInt8]) {
        for (i, value) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            appendField(Array(value.utf8)[...], to: &out)
        }
        out.append(0x0A)
    }

    /// One field's UTF-8 bytes, quoted if needed, appended to `out`.
    static func appendField(_ value: ArraySlice<UInt8>, to out: inout [UInt8]) {
        guard value.contains(where: needsQuotes) else {
            out.append(contentsOf: value)
            return
        }
        out.append(UInt8(ascii: "\""))
        for byte in value {
            out.append(byte)
            if byte == UInt8(ascii: "\"") { out.append(byte) }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Whether a field holding `byte` must be quoted.
    static func needsQuotes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D
    }

    /// The first field of a complete record (quoted or not), unescaped.
    static func firstField(of record: [UInt8]) -> String {
        let quote = UInt8(ascii: "\"")
        guard record.first == quote else {
            let end = record.firstIndex(of: UInt8(ascii: ",")) ?? record.endIndex
            return String(decoding: record[..<end], as: UTF8.self)
        }
        var out: [UInt8] = []
        var i = 1
        while i < record.count {
            if record[i] == quote {
                if i + 1 < record.count, record[i + 1] == quote {
                    out.append(quote)
                    i += 2
                    continue
                }
                break
            }
            out.append(record[i])
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether a record so far has an open quoted field (an odd number of quotes): then the newline
    /// that ended the line is part of a field and the record continues on the next line.
    static func isOpen(_ record: [UInt8]) -> Bool {
        record.reduce(0) { $1 == UInt8(ascii: "\"") ? $0 + 1 : $0 } % 2 == 1
    }
}
