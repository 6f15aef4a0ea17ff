import Foundation

/// Streams RFC 4180 records: comma-separated fields, fields in double quotes may hold commas,
/// line breaks and doubled quotes (`""`). Accepts `\n` and `\r\n` record ends. Errors name the
/// file and the line on which the faulty record starts, never its content.
final class CSVReader {
    private let file: ChunkedFileReader
    private var chunk = Data()
    private var index = 0
    private var atEnd = false
    private var line = 1
    /// The line on which the record last returned starts.
    private(set) var recordLine = 0

    var fileName: String { file.name }

    init(url: URL) throws(CorpusResearchError) {
        file = try ChunkedFileReader(url: url)
    }

    private func nextByte() throws(CorpusResearchError) -> UInt8? {
        if index == chunk.endIndex {
            guard !atEnd, let next = try file.next() else {
                atEnd = true
                return nil
            }
            chunk = next
            index = chunk.startIndex
        }
        defer { index += 1 }
        return chunk[index]
    }

    private func peekByte() throws(CorpusResearchError) -> UInt8? {
        guard let byte = try nextByte() else { return nil }
        index -= 1
        return byte
    }

    private func malformed(_ reason: String) -> CorpusResearchError {
        .malformedLine(file: file.name, line: recordLine, reason: reason)
    }

    private func string(_ bytes: [UInt8]) throws(CorpusResearchError) -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw malformed("not valid UTF-8") }
        return text
    }

    /// The next record's fields, or nil at the end of the file.
    func next() throws(CorpusResearchError) -> [String]? {
        guard var byte = try nextByte() else { return nil }
        recordLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        while true {
            if byte == 0x22 && field.isEmpty {
                // Quoted field: runs to the closing quote; `""` is one quote.
                while true {
                    guard let inner = try nextByte() else { throw malformed("unterminated quoted field") }
                    if inner == 0x22 {
                        if try peekByte() == 0x22 {
                            _ = try nextByte()
                            field.append(0x22)
                        } else {
                            break
                        }
                    } else {
                        if inner == 0x0A { line += 1 }
                        field.append(inner)
                    }
                }
                let after = try nextByte()
                switch after {
                case nil:
                    fields.append(try string(field))
                    return fields
                case 0x2C:
                    fields.append(try string(field))
                    field = []
                case 0x0A:
                    line += 1
                    fields.append(try string(field))
                    return fields
                case 0x0D where try peekByte() == 0x0A:
                    _ = try nextByte()
                    line += 1
                    fields.append(try string(field))
                    return fields
                default:
                    throw malformed("text after a closing quote")
                }
                guard let following = try nextByte() else {
                    fields.append("")
                    return fields
                }
                byte = following
                continue
            }
            switch byte {
            case 0x2C:
                fields.append(try string(field))
                field = []
            case 0x0A:
                line += 1
                fields.append(try string(field))
                return fields
            case 0x0D where try peekByte() == 0x0A:
                break
            case 0x22:
                throw malformed("quote inside an unquoted field")
            default:
                field.append(byte)
            }
            guard let following = try nextByte() else {
                fields.append(try string(field))
                return fields
            }
            byte = following
        }
    }
}
