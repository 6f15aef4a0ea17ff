public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `$VISUAL`/`$EDITOR` on a file in a private RAM-backed directory (mode 0700), then overwrites
/// and removes every file in it, so a long answer never reaches persistent storage.
public enum PrivateEditor {
    static let ramFilesystems: Set<String> = ["tmpfs", "ramfs"]

    /// A RAM-backed base directory: `$XDG_RUNTIME_DIR`, `/dev/shm` or `/run/user/UID`.
    public static func ramDirectory(environment: [String: String]) -> URL? {
        var candidates: [String] = []
        if let runtime = environment["XDG_RUNTIME_DIR"], !runtime.isEmpty { candidates.append(runtime) }
        candidates.append("/dev/shm")
        candidates.append("/run/user/\(getuid())")
        return candidates.first(where: isRAMBacked).map { URL(fileURLWithPath: $0) }
    }

    /// Whether `path` is a writable directory on tmpfs/ramfs, judged by its longest mount point in /proc/mounts.
    static func isRAMBacked(_ path: String) -> Bool {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        guard access(resolved, W_OK) == 0, let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else {
            return false
        }
        var best: (point: String, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let point = fields[1].replacingOccurrences(of: "\\040", with: " ")
            let inside = resolved == point || resolved.hasPrefix(point == "/" ? "/" : point + "/")
            if inside && point.count >= (best?.point.count ?? -1) { best = (point, String(fields[2])) }
        }
        return best.map { ramFilesystems.contains($0.type) } ?? false
    }

    /// Edits `initial` and returns the saved text.
    /// - Throws: `KitError.editorUnavailable` when no RAM-backed directory or editor can be used.
    public static func edit(_ initial: String, environment: [String: String]) throws -> String {
        guard let base = ramDirectory(environment: environment) else {
            throw KitError.editorUnavailable("no RAM-backed directory (tmpfs) is available")
        }
        let dir = base.appendingPathComponent("testimony-\(UUID().uuidString.lowercased())")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        } catch {
            throw KitError.editorUnavailable("cannot create a private directory in \(base.path)")
        }
        defer { shred(directory: dir) }
        let file = dir.appendingPathComponent("answer.txt")
        guard FileManager.default.createFile(atPath: file.path, contents: Data(initial.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw KitError.editorUnavailable("cannot create the answer file")
        }
        let editor = environment["VISUAL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["EDITOR"].flatMap { $0.isEmpty ? nil : $0 } ?? "vi"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        // vi/vim/nvim: no swap, undo or backup files and no viminfo (which would copy registers to $HOME).
        let flags = ["vi", "vim", "nvim"].contains(URL(fileURLWithPath: editor.split(separator: " ").first.map(String.init) ?? "").lastPathComponent)
            ? " -n -i NONE --cmd 'set noundofile nobackup nowritebackup' -c 'set noundofile nobackup nowritebackup'" : ""
        process.arguments = ["-c", "\(editor)\(flags) \"$1\"", "testimony-editor", file.path]
        process.currentDirectoryURL = dir
        do {
            try process.run()
        } catch {
            throw KitError.editorUnavailable("cannot start the editor")
        }
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw KitError.editorUnavailable("the editor exited with status \(process.terminationStatus); the answer was not taken")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw KitError.editorUnavailable("the answer file was removed")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// Overwrites every regular file in `directory` with zeros, syncs, and removes the directory.
    static func shred(directory: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names {
            let path = directory.appendingPathComponent(name).path
            if let handle = FileHandle(forWritingAtPath: path) {
                let size = (try? handle.seekToEnd()) ?? 0
                try? handle.seek(toOffset: 0)
                try? handle.write(contentsOf: Data(count: Int(size)))
                try? handle.synchronize()
                try? handle.close()
            }
            try? FileManager.default.removeItem(atPath: path)
        }
        try? FileManager.default.removeItem(at: directory)
    }
}
