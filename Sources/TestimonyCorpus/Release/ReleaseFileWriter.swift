import Foundation
import TestimonyCrypto

/// Writes one new file through a 64 KiB buffer, hashing the bytes as they go, and fsyncs it on
/// `close`. Memory stays flat however large the file grows.
final class ReleaseFileWriter {
    let url: URL
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var hasher = SHA256Hasher()
    private static let flushSize = 1 << 16

    /// Creates the file; fails if it already exists.
    init(creating url: URL) throws {
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ReleaseWriteError.io(file: url.lastPathComponent, reason: "cannot create the file")
        }
        self.url = url
        self.handle = try FileHandle(forWritingTo: url)
        buffer.reserveCapacity(Self.flushSize)
    }

    func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    func write(_ bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// One excerpt line with its `\n`, encoded straight into the buffer.
    func write(_ excerpt: ReleasedExcerpt, with encoder: inout ExcerptLineEncoder) throws {
        encoder.append(excerpt, to: &buffer)
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
        hasher.update(buffer)
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Flushes, fsyncs and closes; returns the file's lowercase hex SHA-256.
    func close() throws -> String {
        try flush()
        try handle.synchronize()
        try handle.close()
        return hasher.finalizeHex()
    }

    /// Closes without caring about the content (on failure paths).
    func abandon() {
        try? handle.close()
    }
}
