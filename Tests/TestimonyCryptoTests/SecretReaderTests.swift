import Foundation
import Testing
@testable import TestimonyCrypto

/// Reading one secret line from a file descriptor (a pipe here).
@Suite("Secret reader")
struct SecretReaderTests {
    /// A pipe whose write end already holds `bytes` and is closed.
    func pipe(holding bytes: [UInt8]) throws -> Pipe {
        let pipe = Pipe()
        if !bytes.isEmpty { pipe.fileHandleForWriting.write(Data(bytes)) }
        try pipe.fileHandleForWriting.close()
        return pipe
    }

    func pipe(holding text: String) throws -> Pipe {
        try pipe(holding: Array(text.utf8))
    }

    func read(_ pipe: Pipe) throws(CryptoError) -> [UInt8] {
        let fd = pipe.fileHandleForReading.fileDescriptor
        defer { withExtendedLifetime(pipe) {} }  // the descriptor closes with the Pipe
        return try SecretReader.readLine(fd: fd).exposedCopy()
    }

    func readText(_ pipe: Pipe) throws -> String {
        String(decoding: try read(pipe), as: UTF8.self)
    }

    @Test("a line ending in \\n is returned without it")
    func stripsNewline() throws {
        #expect(try readText(pipe(holding: "secret words\n")) == "secret words")
    }

    @Test("a line ending in \\r\\n is returned without either")
    func stripsCRLF() throws {
        #expect(try readText(pipe(holding: "secret words\r\n")) == "secret words")
    }

    @Test("a last line without a newline is returned whole")
    func endOfFileWithoutNewline() throws {
        #expect(try readText(pipe(holding: "no newline at end")) == "no newline at end")
    }

    @Test("reading stops at the first newline and leaves the rest in the pipe")
    func stopsAtFirstNewline() throws {
        let p = try pipe(holding: "first\nsecond\r\nthird")
        #expect(try readText(p) == "first")
        #expect(try readText(p) == "second")
        #expect(try readText(p) == "third")
        #expect(try read(p).isEmpty)
    }

    @Test("empty input gives zero bytes", arguments: ["", "\n", "\r\n"])
    func emptyInput(text: String) throws {
        let p = try pipe(holding: text)
        #expect(try read(p).count == 0)
    }

    @Test("a carriage return inside the line is kept; only a final one is stripped")
    func innerCarriageReturn() throws {
        #expect(try readText(pipe(holding: "a\rb\n")) == "a\rb")
        #expect(try readText(pipe(holding: "ab\r")) == "ab")
    }

    @Test("spaces and non-ASCII bytes are kept as they are")
    func keepsBytes() throws {
        let text = "  sala sana ÅÄÖ  "
        #expect(try readText(pipe(holding: text + "\n")) == text)
    }

    @Test("a line of exactly maxLength bytes is accepted")
    func maxLengthAccepted() throws {
        let line = [UInt8](repeating: UInt8(ascii: "k"), count: SecretReader.maxLength)
        #expect(try read(pipe(holding: line + [UInt8(ascii: "\n")])) == line)
        #expect(try read(pipe(holding: line)) == line)
    }

    @Test("a line longer than maxLength is refused without echoing it", arguments: [1, 2, 500])
    func overlong(extra: Int) throws {
        let line = [UInt8](repeating: UInt8(ascii: "Q"), count: SecretReader.maxLength + extra)
        let error = #expect(throws: CryptoError.self) {
            try read(pipe(holding: line + [UInt8(ascii: "\n")]))
        }
        let caught = try #require(error)
        guard case .readFailed = caught else {
            Issue.record("expected readFailed, got \(caught)")
            return
        }
        #expect(!caught.description.contains("QQQQ"))
    }

    @Test("a closed or invalid descriptor is a read error")
    func badDescriptor() {
        #expect(throws: CryptoError.self) { try SecretReader.readLine(fd: -1) }
    }
}
