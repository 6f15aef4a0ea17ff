import Foundation
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Small file-system steps shared by writing and pulling releases.
enum ReleaseFileSystem {
    /// fsyncs a directory so that renames and new entries in it are durable. Best effort: some file
    /// systems refuse to sync a directory.
    static func syncDirectory(_ url: URL) {
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return }
        try? handle.synchronize()
        try? handle.close()
    }

    /// A fresh hidden working directory inside `parent` (same file system, so a rename can publish it).
    static func makeWorkingDirectory(in parent: URL, prefix: String) throws -> URL {
        let name = ".\(prefix)-\(UUID().uuidString.prefix(12).lowercased())"
        let url = parent.appendingPathComponent(name, isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        return url
    }

    /// Renames `source` to `destination`, refusing if `destination` exists, then syncs the parent.
    static func publish(_ source: URL, as destination: URL) throws {
        if FileManager.default.fileExists(atPath: destination.path) {
            throw CocoaError(.fileWriteFileExists)
        }
        try FileManager.default.moveItem(at: source, to: destination)
        syncDirectory(destination.deletingLastPathComponent())
    }

    /// Replaces `destination` by `source` (already written and synced, by `ReleaseFileWriter.close`)
    /// with one rename (both in the same directory), then syncs the directory.
    static func replace(_ destination: URL, with source: URL) throws {
        guard rename(source.path, destination.path) == 0 else {
            let cause = NSError(domain: NSPOSIXErrorDomain, code: Int(errno))
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path, NSUnderlyingErrorKey: cause])
        }
        syncDirectory(destination.deletingLastPathComponent())
    }

    /// Whether `url` is a regular file (not a link, not a directory).
    static func isRegularFile(_ url: URL) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return false }
        return (attributes[.type] as? FileAttributeType) == .typeRegular
    }

    /// Whether `url` is a directory (not a link to one).
    static func isDirectory(_ url: URL) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { return false }
        return (attributes[.type] as? FileAttributeType) == .typeDirectory
    }
}
