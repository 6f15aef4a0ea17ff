public import Foundation
import TestimonyKit

/// Runs the built `testimony` binary in an isolated environment (own HOME, TMPDIR, XDG dirs).
public final class CLIRunner: @unchecked Sendable {
    /// Result of one run.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    /// Root of the isolated environment (home, tmp, vault, files).
    public let root: TemporaryDirectory
    /// The vault directory used by default.
    public var vault: URL { root.path("vault") }
    /// A file holding the test passphrase.
    public let passphraseFile: URL
    /// Environment for every run.
    public var environment: [String: String]

    public init(label: String = "cli") {
        root = TemporaryDirectory(label)
        for dir in ["home", "tmp", "xdg-data", "xdg-config", "xdg-cache", "xdg-runtime"] {
            try? FileManager.default.createDirectory(at: root.path(dir), withIntermediateDirectories: true)
        }
        passphraseFile = root.write("passphrase", Fixtures.passphrase + "\n")
        environment = [
            "PATH": "/usr/bin:/bin",
            "HOME": root.path("home").path,
            "TMPDIR": root.path("tmp").path,
            "XDG_DATA_HOME": root.path("xdg-data").path,
            "XDG_CONFIG_HOME": root.path("xdg-config").path,
            "XDG_CACHE_HOME": root.path("xdg-cache").path,
            "XDG_RUNTIME_DIR": root.path("xdg-runtime").path,
            "TESTIMONY_TEMPLATES": Fixtures.templatesDirectory.path,
            KDFPolicy.environmentVariable: KDFPolicy.testPhrase,
            "LANG": "C.UTF-8",
        ]
    }

    /// The built binary (`swift build` puts it in .build/debug).
    public static var binary: URL {
        Fixtures.packageRoot.appendingPathComponent(".build/debug/testimony")
    }

    /// Arguments that select the vault and the passphrase file.
    public var unlockArguments: [String] { ["--vault", vault.path, "--passphrase-file", passphraseFile.path] }

    /// Runs the binary to completion.
    @discardableResult
    public func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = try start(arguments, stdin: stdin)
        let out = process.stdout.fileHandleForReading.readDataToEndOfFile()
        let err = process.stderr.fileHandleForReading.readDataToEndOfFile()
        process.process.waitUntilExit()
        return Result(
            status: process.process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self))
    }

    /// A started process with its pipes.
    public struct Running {
        public let process: Process
        public let stdin: Pipe
        public let stdout: Pipe
        public let stderr: Pipe
    }

    /// Starts the binary without waiting (for kill tests).
    public func start(_ arguments: [String], stdin: String? = nil) throws -> Running {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = root.url
        let input = Pipe()
        let output = Pipe()
        let error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        if let stdin {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try? input.fileHandleForWriting.close()
        }
        return Running(process: process, stdin: input, stdout: output, stderr: error)
    }

    /// Creates the default vault.
    public func initVault() throws -> Result {
        try run(["init"] + unlockArguments)
    }
}
