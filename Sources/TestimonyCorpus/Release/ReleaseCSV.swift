import Foundation

/// RFC 4180 fields for `responses.csv`: a field is quoted when it holds a comma, a double quote, CR
/// or LF, and quotes inside are doubled.
enum ReleaseCSV {
    static let header = ["response_id", "template", "template_version", "language", "question", "code"]

    /// One field, quoted if needed.
    static func field(_ value: String) -> String {
        guard value.utf8.contains(where: needsQuotes) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One record with its `\n`.
    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\n"
    }

    /// `field` for the UTF-8 bytes `bytes[range]`, appended to `out` (by index: release fields are
    /// a few bytes, and a slice per field cost more than the copy).
    static func appendField(_ bytes: [UInt8], _ range: Range<Int>, to out: inout [UInt8]) {
        var quoted = false
        for i in range where needsQuotes(bytes[i]) {
            quoted = true
            break
        }
        guard quoted else {
            out.append(contentsOf: bytes[range])
            return
        }
        out.append(UInt8(ascii: "\""))
        for i in range {
            let byte = bytes[i]
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
