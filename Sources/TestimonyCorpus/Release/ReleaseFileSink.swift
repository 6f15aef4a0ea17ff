import Dispatch
import Foundation
import TestimonyCrypto

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The back half of a `ReleaseFileWriter`: hashes and writes full buffers on its own serial queue,
/// so a release's SHA-256 and file writes run beside the encoding of the next records instead of
/// after them. At most `slots` buffers wait at a time (the writer blocks beyond that), so memory
/// stays flat. An I/O error stops further writes; the next `submit` or `finish` throws it.
///
/// Every `syncEvery` bytes written, a third queue flushes what is written so far to the disk
/// (`fdatasync`) while writing goes on, so the fsync that `finish` still does (durability is
/// decided there, as before) waits for the last few MiB only, not for the whole file: a release's
/// two large files took ~0.3 s of fsync at the end, a fifth of the release, with the CPU idle.
final class ReleaseFileSink: @unchecked Sendable {
    // `handle`, `hasher`, `written`, `syncRequested` are only touched on `queue`.
    private let queue: DispatchQueue
    private let syncQueue: DispatchQueue
    private let slots: DispatchSemaphore
    private let handle: FileHandle
    private var hasher = SHA256Hasher()
    private var written = 0
    private var syncRequested = 0
    private let syncEvery: Int
    /// The first write or sync error, set on either queue and read by `submit` too, under `lock`
    /// (which also guards `syncing` and `spare`).
    private var failure: String?
    /// Whether an early sync is running (under `lock`): at most one at a time.
    private var syncing = false
    /// Emptied buffers of written chunks, for the writer to fill again (under `lock`).
    private var spare: [[UInt8]] = []
    private let lock = NSLock()
    private let file: String
    /// The result of the final sync and close, once `beginFinish` has queued it.
    private var finished: Result<String, any Error>?

    init(handle: FileHandle, file: String, slots: Int = 4, syncEvery: Int = 2 << 20) {
        self.handle = handle
        self.file = file
        self.syncEvery = syncEvery
        self.slots = DispatchSemaphore(value: slots)
        self.queue = DispatchQueue(label: "testimony.release-file")
        self.syncQueue = DispatchQueue(label: "testimony.release-file.sync")
    }

    /// Queues `chunk` to be hashed and written, waiting while `slots` chunks are pending. Throws
    /// the I/O error of an earlier chunk, if there was one.
    func submit(_ chunk: consuming [UInt8]) throws {
        try throwFailure()
        slots.wait()
        let box = Chunk(chunk)
        queue.async { [self] in
            defer { slots.signal() }
            guard lock.withLock({ failure == nil }) else { return }
            hasher.update(box.bytes)
            do {
                try handle.write(contentsOf: box.bytes)
            } catch {
                let reason = ReleaseWriter.reason(error)
                lock.withLock { if failure == nil { failure = reason } }
                return
            }
            written += box.bytes.count
            if written - syncRequested >= syncEvery { startEarlySync() }
            // Hand the emptied buffer back for the writer's next chunk (the same memory again,
            // not a fresh 80 KiB block freed on this thread each time).
            box.bytes.removeAll(keepingCapacity: true)
            lock.withLock { if spare.count < 2 { spare.append(box.bytes) } }
        }
    }

    /// An emptied buffer a written chunk left behind, if there is one.
    func reusableBuffer() -> [UInt8]? {
        lock.withLock { spare.popLast() }
    }

    /// A chunk on its way to the queue (a class, so the queue can empty and hand back the very
    /// buffer the writer filled).
    private final class Chunk: @unchecked Sendable {
        // Touched by the queue only, once submitted.
        var bytes: [UInt8]
        init(_ bytes: consuming [UInt8]) { self.bytes = bytes }
    }

    /// On `queue`: flushes what is written so far on `syncQueue`, unless a flush is still running.
    private func startEarlySync() {
        let idle = lock.withLock {
            if syncing { return false }
            syncing = true
            return true
        }
        guard idle else { return }
        syncRequested = written
        let descriptor = handle.fileDescriptor
        syncQueue.async { [self] in
            let failed = Self.dataSync(descriptor) != 0 ? errno : 0
            lock.withLock {
                syncing = false
                if failed != 0, failure == nil {
                    failure = ReleaseWriter.reason(NSError(domain: NSPOSIXErrorDomain, code: Int(failed)))
                }
            }
        }
    }

    private static func dataSync(_ descriptor: Int32) -> Int32 {
        #if os(Linux)
        fdatasync(descriptor)
        #else
        fsync(descriptor)
        #endif
    }

    /// Queues the final fsync and close after every pending chunk, without waiting for them, so
    /// two files can be synced at once. `finish` waits for it.
    func beginFinish() {
        queue.async { [self] in
            guard finished == nil else { return }
            syncQueue.sync {}  // an early sync still running
            do {
                try throwFailure()
                try handle.synchronize()
                try handle.close()
                finished = .success(hasher.finalizeHex())
            } catch {
                try? handle.close()
                finished = .failure(error)
            }
        }
    }

    /// Waits for every pending chunk, fsyncs and closes; returns the lowercase hex SHA-256 of
    /// everything written, or throws the first I/O error.
    func finish() throws -> String {
        beginFinish()
        return try queue.sync { try finished!.get() }
    }

    /// Throws the recorded I/O error, if any.
    private func throwFailure() throws {
        if let failure = lock.withLock({ failure }) { throw ReleaseWriteError.io(file: file, reason: failure) }
    }

    /// Waits for pending chunks and closes without caring about the content (failure paths).
    func abandon() {
        queue.sync {
            syncQueue.sync {}
            if finished == nil { try? handle.close() }
        }
    }
}
