import Foundation

/// Splits a file into `\n`-terminated lines, streaming, counting line numbers from 1.
final class ByteLineReader {
    private let file: ChunkedFileReader
    private var buffer = Data()
    private var position = 0
    private var atEnd = false
    /// The number of the line last returned.
    private(set) var lineNumber = 0

    var fileName: String { file.name }

    init(url: URL) throws(CorpusResearchError) {
        file = try ChunkedFileReader(url: url)
    }

    /// The next line without its `\n` (and without a trailing `\r`), or nil at the end.
    func next() throws(CorpusResearchError) -> Data? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                lineNumber += 1
                var end = newline
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = buffer.subdata(in: position..<end)
                position = newline + 1
                return line
            }
            if atEnd {
                guard position < buffer.endIndex else { return nil }
                lineNumber += 1
                defer { position = buffer.endIndex }
                return buffer.subdata(in: position..<buffer.endIndex)
            }
            buffer = buffer.subdata(in: position..<buffer.endIndex)
            position = buffer.startIndex
            if let chunk = try file.next() { buffer.append(chunk) } else { atEnd = true }
        }
    }
}
