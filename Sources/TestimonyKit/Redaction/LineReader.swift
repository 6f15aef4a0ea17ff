import Foundation

/// Reads a file line by line in 1 MiB chunks (large batches never sit in memory whole). A read
/// error (a directory given as the file, say) is thrown as `KitError.io` naming the file, never
/// content.
final class LineReader {
    private let handle: FileHandle
    private let url: URL
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false

    init(url: URL) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw KitError.io("cannot read \(url.path): it is a directory, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { throw KitError.io("cannot read \(url.path)") }
        self.handle = handle
        self.url = url
    }

    func next() throws -> String? {
        while true {
            if let newline = buffer[position...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[position..<newline], as: UTF8.self)
                position = newline + 1
                return line
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return String(decoding: buffer[position...], as: UTF8.self)
            }
            buffer.removeFirst(position)
            position = 0
            let chunk: Data?
            do {
                chunk = try handle.read(upToCount: 1 << 20)
            } catch {
                throw KitError.io("cannot read \(url.path): the file could not be read to the end")
            }
            if let chunk, !chunk.isEmpty { buffer.append(contentsOf: chunk) } else { atEnd = true }
        }
    }

    deinit {
        try? handle.close()
    }
}
