import Foundation

/// Reads a file in 1 MiB chunks, so that no release file is ever held whole in memory.
final class ChunkedFileReader {
    static let chunkSize = 1 << 20
    let name: String
    private let handle: FileHandle

    init(url: URL) throws(CorpusResearchError) {
        name = url.lastPathComponent
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw .unreadable(file: url.lastPathComponent) }
        self.handle = handle
    }

    /// The next chunk, or nil at the end of the file.
    func next() throws(CorpusResearchError) -> Data? {
        let chunk: Data?
        do {
            chunk = try handle.read(upToCount: Self.chunkSize)
        } catch {
            throw .unreadable(file: name)
        }
        guard let chunk, !chunk.isEmpty else { return nil }
        return chunk
    }

    deinit {
        try? handle.close()
    }
}
