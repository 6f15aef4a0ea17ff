import Foundation
import TestimonyModel

/// Writes one new file through 64 KiB buffers, hashing the bytes as they go, and fsyncs it on
/// `close`. Full buffers go to a `ReleaseFileSink`, which hashes and writes them on its own queue.
/// Memory stays flat however large the file grows.
final class ReleaseFileWriter {
    let url: URL
    private let sink: ReleaseFileSink
    private var buffer: [UInt8] = []
    private static let flushSize = 1 << 16

    /// Creates the file; fails if it already exists.
    init(creating url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ReleaseWriteError.io(file: url.lastPathComponent, reason: "cannot create the file")
        }
        self.url = url
        self.sink = ReleaseFileSink(handle: try FileHandle(forWritingTo: url), file: url.lastPathComponent)
        buffer.reserveCapacity(Self.flushSize + Self.flushSize / 4)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// The line of one excerpt of `record` (as `ReleasedExcerpt(excerpt, of: record, release:)`
    /// with the given quotable mark) with its `\n`, encoded straight into the buffer.
    func write(
        _ excerpt: CorpusExcerpt, of record: CorpusRecord, release: String, quotable: Bool, with encoder: inout ExcerptLineEncoder
    ) throws {
        encoder.append(excerpt, of: record, release: release, quotable: quotable, to: &buffer)
        buffer.append(0x0A)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// A record's `responses.csv` rows, written straight into the buffer.
    func write(_ rows: inout ResponseRows) throws {
        rows.append(to: &buffer)
        if buffer.count >= Self.flushSize { try flush() }
    }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        // The sink takes this buffer; continue in one it emptied, or a new one, rather than copy.
        var full: [UInt8] = []
        swap(&full, &buffer)
        try sink.submit(full)
        buffer = sink.reusableBuffer() ?? []
        buffer.reserveCapacity(Self.flushSize + Self.flushSize / 4)
    }

    /// Flushes, fsyncs and closes; returns the file's lowercase hex SHA-256.
    func close() throws -> String {
        try flush()
        return try sink.finish()
    }

    /// Flushes and starts the final fsync in the background (see `ReleaseFileSink.beginFinish`);
    /// `close` then waits for it. Lets two files be synced at once.
    func beginClose() throws {
        try flush()
        sink.beginFinish()
    }

    /// Closes without caring about the content (on failure paths).
    func abandon() {
        sink.abandon()
    }
}
