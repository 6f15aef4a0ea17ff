public import Foundation

/// Streams `excerpts.jsonl` one line at a time. Memory stays flat whatever the file size. A line
/// that is not a `ReleasedExcerpt` is an error that names the file and the line number; the error
/// never repeats the line's text.
public final class ExcerptReader {
    private let lines: ByteLineReader
    private let decoder = JSONDecoder()

    /// The line number of the excerpt last returned.
    public var lineNumber: Int { lines.lineNumber }

    public init(url: URL) throws(CorpusResearchError) {
        lines = try ByteLineReader(url: url)
    }

    /// The next excerpt, or nil at the end of the file. Blank lines are skipped.
    public func next() throws(CorpusResearchError) -> ReleasedExcerpt? {
        while let line = try lines.nextBytes() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return try decode(line)
        }
        return nil
    }

    /// Decodes one line: the hand-written parser for lines of exactly the shape the release
    /// writer writes, JSONDecoder for everything else (so errors read as they always have).
    func decode(_ line: [UInt8]) throws(CorpusResearchError) -> ReleasedExcerpt {
        if let excerpt = ExcerptLineParser.parse(line) { return excerpt }
        return try decodeWithFoundation(Data(line))
    }

    /// The next line as raw bytes, or nil at the end (for callers that pre-filter before decoding).
    func nextLine() throws(CorpusResearchError) -> Data? {
        while let line = try lines.next() {
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return line
        }
        return nil
    }

    /// Decodes a line returned by `nextLine()`.
    func decode(_ line: Data) throws(CorpusResearchError) -> ReleasedExcerpt {
        try decode([UInt8](line))
    }

    private func decodeWithFoundation(_ line: Data) throws(CorpusResearchError) -> ReleasedExcerpt {
        do {
            return try decoder.decode(ReleasedExcerpt.self, from: line)
        } catch let error as DecodingError {
            throw .malformedLine(file: lines.fileName, line: lines.lineNumber, reason: Self.reason(error))
        } catch {
            throw .malformedLine(file: lines.fileName, line: lines.lineNumber, reason: "not a valid excerpt line")
        }
    }

    /// What went wrong, in words that name only our own keys (never a value from the line).
    static func reason(_ error: DecodingError) -> String {
        func key(_ path: [any CodingKey]) -> String {
            guard let first = path.first else { return "the line" }
            return ReleasedExcerpt.CodingKeys(stringValue: first.stringValue) != nil ? "'\(first.stringValue)'" : "a field"
        }
        switch error {
        case .keyNotFound(let missing, let context):
            let path = context.codingPath
            let known = ReleasedExcerpt.CodingKeys(stringValue: missing.stringValue) != nil
                || ReleasedExcerpt.Provenance.CodingKeys(stringValue: missing.stringValue) != nil
            return path.isEmpty && known ? "missing key '\(missing.stringValue)'" : "missing key in \(key(path))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type for \(key(context.codingPath))"
        case .dataCorrupted:
            return "not valid JSON"
        @unknown default:
            return "not a valid excerpt line"
        }
    }
}
