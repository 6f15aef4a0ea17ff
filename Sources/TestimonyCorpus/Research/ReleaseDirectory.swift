public import Foundation

/// A release directory as researchers receive it (`r0002/`). The tools read `excerpts.jsonl`,
/// `responses.csv` and `codebook.json`, and `tombstones.jsonl` when present; they never load a
/// line file whole.
public struct ReleaseDirectory: Sendable {
    public static let excerptsFile = "excerpts.jsonl"
    public static let responsesFile = "responses.csv"
    public static let codebookFile = "codebook.json"
    public static let tombstonesFile = "tombstones.jsonl"
    /// The files without which the tools refuse the directory.
    public static let requiredFiles = [excerptsFile, responsesFile, codebookFile]

    public let url: URL

    /// Refuses a directory that lacks any of `requiredFiles`, naming them.
    public init(_ url: URL) throws(CorpusResearchError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notARelease(directory: url.path, missing: Self.requiredFiles)
        }
        let missing = Self.requiredFiles.filter {
            !FileManager.default.isReadableFile(atPath: url.appendingPathComponent($0).path)
        }
        guard missing.isEmpty else { throw .notARelease(directory: url.path, missing: missing) }
        self.url = url
    }

    public func codebook() throws(CorpusResearchError) -> Codebook {
        let data: Data
        do {
            data = try Data(contentsOf: url.appendingPathComponent(Self.codebookFile))
        } catch {
            throw .unreadable(file: Self.codebookFile)
        }
        do {
            return try JSONDecoder().decode(Codebook.self, from: data)
        } catch {
            throw .malformedLine(file: Self.codebookFile, line: 1, reason: "not a valid codebook")
        }
    }

    public func excerpts() throws(CorpusResearchError) -> ExcerptReader {
        try ExcerptReader(url: url.appendingPathComponent(Self.excerptsFile))
    }

    public func responses() throws(CorpusResearchError) -> ResponseReader {
        try ResponseReader(url: url.appendingPathComponent(Self.responsesFile))
    }

    /// The number of tombstone lines, or nil when the file is absent.
    public func tombstoneCount() throws(CorpusResearchError) -> Int? {
        let file = url.appendingPathComponent(Self.tombstonesFile)
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let lines = try ByteLineReader(url: file)
        var count = 0
        while let line = try lines.next() {
            if !line.isEmpty { count += 1 }
        }
        return count
    }
}
