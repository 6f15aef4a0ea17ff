import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Output helpers: stdout for results, stderr for notes and warnings (never testimony content).
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func write(_ text: String, fd: Int32) {
        FileHandle(fileDescriptor: fd, closeOnDealloc: false).write(Data(text.utf8))
    }

    static func warnInsecureKDF() {
        note("WARNING: this vault uses the insecure test-only key derivation. Never store real testimonies in it.")
    }

    static var stdinIsTerminal: Bool { isatty(0) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
}
