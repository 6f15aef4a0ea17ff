public import Foundation

/// A buffered `TextOutputStream` over a `FileHandle` (standard output, a file). Writes in 64 KiB
/// blocks; call `flush()` when done (the deinitialiser flushes too).
public final class FileHandleOutputStream: TextOutputStream {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private static let blockSize = 1 << 16

    public init(_ handle: FileHandle) {
        self.handle = handle
        buffer.reserveCapacity(Self.blockSize)
    }

    public func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= Self.blockSize { flush() }
    }

    /// Whether a write failed (for example a closed pipe); later output is dropped.
    public private(set) var failed = false

    public func flush() {
        guard !buffer.isEmpty else { return }
        if !failed {
            do {
                try handle.write(contentsOf: buffer)
            } catch {
                failed = true
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit {
        flush()
    }
}
