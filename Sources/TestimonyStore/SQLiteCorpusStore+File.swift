#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension SQLiteCorpusStore {
    /// Creates an empty file with mode 0600, failing if anything is already at `path` (O_EXCL), so
    /// two creates racing cannot truncate each other's corpus. The mode is set with fchmod, not
    /// the umask: the umask is process-wide and would race with other threads.
    static func createExclusively(_ path: String) -> Bool {
        createFileExclusively(path)
    }
}

/// Outside the type, so `open` is the C function and not `SQLiteCorpusStore.open(at:)`.
private func createFileExclusively(_ path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return fchmod(descriptor, 0o600) == 0
}
