import Foundation
import TestimonyCrypto
import TestimonyKit
#if canImport(Glibc)
import Glibc
#endif

/// Reads passphrases and keys into secure memory: from a file, a descriptor, or the terminal without echo.
enum SecretInput {
    /// Reads one secret. Files and descriptors are for scripts; otherwise the terminal is used.
    static func read(file: String?, fd: Int32?, prompt: String) throws -> SecureBytes {
        if let file {
            let descriptor = open(file, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw KitError.io("cannot open the passphrase file \(file)") }
            defer { close(descriptor) }
            return try SecretReader.readLine(fd: descriptor)
        }
        if let fd {
            return try SecretReader.readLine(fd: fd)
        }
        return try fromTerminal(prompt: prompt)
    }

    /// Asks on /dev/tty with echo off.
    static func fromTerminal(prompt: String) throws -> SecureBytes {
        let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard tty >= 0 else {
            throw KitError.io("no terminal to ask for the passphrase: use --passphrase-file PATH or --passphrase-fd N")
        }
        defer { close(tty) }
        Console.write(prompt, fd: tty)
        var saved = termios()
        let haveTermios = tcgetattr(tty, &saved) == 0
        if haveTermios {
            var silent = saved
            silent.c_lflag &= ~tcflag_t(ECHO)
            silent.c_lflag |= tcflag_t(ECHONL)
            _ = tcsetattr(tty, TCSAFLUSH, &silent)
        }
        defer { if haveTermios { _ = tcsetattr(tty, TCSAFLUSH, &saved) } }
        return try SecretReader.readLine(fd: tty)
    }

    /// Whether a terminal is available for questions.
    static var hasTerminal: Bool {
        let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard tty >= 0 else { return false }
        close(tty)
        return true
    }

    /// Asks a yes/no question on the terminal (empty answer: `defaultYes`).
    static func confirm(_ question: String, defaultYes: Bool = true) -> Bool {
        guard let text = ask(question)?.lowercased() else { return false }
        return text.isEmpty ? defaultYes : text.hasPrefix("y")
    }

    /// One line typed on the terminal (echoed), trimmed; nil without a terminal.
    static func ask(_ question: String) -> String? {
        let tty = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard tty >= 0 else { return nil }
        defer { close(tty) }
        Console.write(question, fd: tty)
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        while Glibc.read(tty, &byte, 1) == 1, byte != UInt8(ascii: "\n") { answer.append(byte) }
        return String(decoding: answer, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    /// A new passphrase: from a file/descriptor, or asked twice on the terminal.
    static func newPassphrase(file: String?, fd: Int32?, what: String) throws -> SecureBytes {
        if file != nil || fd != nil { return try read(file: file, fd: fd, prompt: "") }
        let first = try fromTerminal(prompt: "New \(what): ")
        let second = try fromTerminal(prompt: "Repeat the \(what): ")
        guard first.constantTimeEquals(second) else { throw KitError.passphrasesDiffer }
        return first
    }
}
