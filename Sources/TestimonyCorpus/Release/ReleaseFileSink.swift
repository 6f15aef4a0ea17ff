import Dispatch
import Foundation
import TestimonyCrypto

/// The back half of a `ReleaseFileWriter`: hashes and writes full buffers on its own serial queue,
/// so a release's SHA-256 and file writes run beside the encoding of the next records instead of
/// after them. At most `slots` buffers wait at a time (the writer blocks beyond that), so memory
/// stays flat. An I/O error stops further writes; the next `submit` or `finish` throws it.
final class ReleaseFileSink: @unchecked Sendable {
    // `handle` and `hasher` are only touched on `queue`.
    private let queue: DispatchQueue
    private let slots: DispatchSemaphore
    private let handle: FileHandle
    private var hasher = SHA256Hasher()
    /// The first write error, set on the queue and read by `submit` too, under `failureLock`.
    private var failure: String?
    private let failureLock = NSLock()
    private let file: String

    init(handle: FileHandle, file: String, slots: Int = 4) {
        self.handle = handle
        self.file = file
        self.slots = DispatchSemaphore(value: slots)
        self.queue = DispatchQueue(label: "testimony.release-file")
    }

    /// Queues `chunk` to be hashed and written, waiting while `slots` chunks are pending. Throws
    /// the I/O error of an earlier chunk, if there was one.
    func submit(_ chunk: [UInt8]) throws {
        try throwFailure()
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard failureLock.withLock({ failure == nil }) else { return }
            hasher.update(chunk)
            do {
                try handle.write(contentsOf: chunk)
            } catch {
                let reason = ReleaseWriter.reason(error)
                failureLock.withLock { failure = reason }
            }
        }
    }

    /// Waits for every pending chunk, fsyncs and closes; returns the lowercase hex SHA-256 of
    /// everything written, or throws the first I/O error.
    func finish() throws -> String {
        try queue.sync {
            do {
                try throwFailure()
                try handle.synchronize()
            } catch {
                try? handle.close()
                throw error
            }
            try handle.close()
            return hasher.finalizeHex()
        }
    }

    /// Throws the recorded I/O error, if any.
    private func throwFailure() throws {
        if let failure = failureLock.withLock({ failure }) { throw ReleaseWriteError.io(file: file, reason: failure) }
    }

    /// Waits for pending chunks and closes without caring about the content (failure paths).
    func abandon() {
        queue.sync { try? handle.close() }
    }
}
