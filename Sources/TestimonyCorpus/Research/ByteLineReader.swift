import Foundation

/// Splits a file into `\n`-terminated lines, streaming, counting line numbers from 1.
final class ByteLineReader {
    private let file: ChunkedFileReader
    private var buffer: [UInt8] = []
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
        try nextBytes().map { Data($0) }
    }

    /// As `next()`, as a byte array (what the excerpt line parser reads).
    func nextBytes() throws(CorpusResearchError) -> [UInt8]? {
        var scan = position
        while true {
            // A plain loop over a concrete [UInt8]: several times faster than the generic
            // `firstIndex(of:)` in debug builds, and no raw pointers.
            let count = buffer.count
            while scan < count && buffer[scan] != 0x0A { scan += 1 }
            if scan < count {
                lineNumber += 1
                var end = scan
                if end > position, buffer[end - 1] == 0x0D { end -= 1 }
                let line = Array(buffer[position..<end])
                position = scan + 1
                return line
            }
            if atEnd {
                guard position < count else { return nil }
                lineNumber += 1
                defer { position = count }
                return Array(buffer[position..<count])
            }
            buffer.removeFirst(position)
            scan -= position
            position = 0
            if let chunk = try file.next() { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }
}
