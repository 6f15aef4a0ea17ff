import Foundation

/// Counts writes through a corpus store, for `forEachRecord`'s read-ahead: a page read while the
/// count moved is stale. A lock rather than `Synchronization.Atomic`, which needs macOS 15.
final class WriteCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }

    var value: Int { lock.withLock { count } }
}
