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
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { Glibc.write(fd, $0.baseAddress, $0.count) }
    }

    static func warnInsecureKDF() {
        note("WARNING: this vault uses the insecure test KDF (TESTIMONY_INSECURE_TEST_KDF is set). Never store real testimonies in it.")
    }

    static var stdinIsTerminal: Bool { isatty(0) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }
}
