import Foundation
import Testing
import TestimonyTestSupport
@testable import TestimonyCrypto

/// Interoperability with the reference `age` / `age-keygen` binaries (Debian's age 1.1.x).
@Suite("age: interop with the age binaries")
struct AgeInteropTests {
    static let age = "/usr/bin/age"
    static let keygen = "/usr/bin/age-keygen"
    /// util-linux `script`: gives `age` the terminal it insists on for passphrases.
    static let script = "/usr/bin/script"

    static var hasAge: Bool {
        FileManager.default.isExecutableFile(atPath: age) && FileManager.default.isExecutableFile(atPath: keygen)
    }

    /// `age` and `script` are installed and `script` can open a pseudo-terminal here.
    static var hasAgeAndScript: Bool {
        guard hasAge, FileManager.default.isExecutableFile(atPath: script) else { return false }
        return (try? run(script, ["-q", "-e", "-c", "true", "/dev/null"]).status) == 0
    }

    struct Run {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
    }

    /// Runs a program to completion, feeding `stdin`. Input and stderr go through files so no pipe can
    /// fill up and block the child while we wait on another.
    static func run(_ program: String, _ arguments: [String], stdin: [UInt8] = []) throws -> Run {
        let dir = TemporaryDirectory("age-run")
        let inputFile = dir.path("stdin")
        let errorFile = dir.path("stderr")
        try Data(stdin).write(to: inputFile)
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        let input = try FileHandle(forReadingFrom: inputFile)
        let error = try FileHandle(forWritingTo: errorFile)
        defer {
            try? input.close()
            try? error.close()
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "dumb"]
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errorText = String(decoding: (try? Data(contentsOf: errorFile)) ?? Data(), as: UTF8.self)
        return Run(status: process.terminationStatus, stdout: [UInt8](out), stderr: errorText)
    }

    static let sizes = [0, 1, 65536, 3 * 65536 + 5]

    @Test(
        "files we encrypt to an X25519 recipient decrypt with `age -d -i`", .enabled(if: hasAge, "/usr/bin/age not installed"),
        arguments: sizes)
    func oursToAge(size: Int) throws {
        let dir = TemporaryDirectory("age-interop")
        let identity = try AgeX25519Identity.generate()
        let keyFile = dir.path("key.txt")
        try Data(identity.encoded().exposedCopy() + [0x0A]).write(to: keyFile)
        let plaintext = CryptoTestHelpers.pattern(size)
        let cipherFile = dir.path("file.age")
        try Data(Age.encrypt(plaintext, to: [identity.recipient])).write(to: cipherFile)
        let result = try Self.run(Self.age, ["-d", "-i", keyFile.path, cipherFile.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == plaintext)
        // age-keygen derives the same recipient from our key.
        let publicKey = try Self.run(Self.keygen, ["-y", keyFile.path])
        #expect(String(decoding: publicKey.stdout, as: UTF8.self) == identity.recipient + "\n")
    }

    @Test(
        "files `age -r` encrypts to our recipient decrypt with our API", .enabled(if: hasAge, "/usr/bin/age not installed"),
        arguments: sizes)
    func ageToOurs(size: Int) throws {
        let identity = try AgeX25519Identity.generate()
        let plaintext = CryptoTestHelpers.pattern(size)
        let result = try Self.run(Self.age, ["-e", "-r", identity.recipient], stdin: plaintext)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Age.decrypt(result.stdout, identities: [identity]) == plaintext)
        // A second, unrelated recipient in the same file does not disturb us.
        let other = try AgeX25519Identity.generate()
        let both = try Self.run(Self.age, ["-e", "-r", other.recipient, "-r", identity.recipient], stdin: plaintext)
        #expect(try Age.decrypt(both.stdout, identities: [identity]) == plaintext)
    }

    @Test("identities from `age-keygen` key files work with our API", .enabled(if: hasAge, "/usr/bin/age not installed"))
    func keygenIdentity() throws {
        let dir = TemporaryDirectory("age-interop")
        let keyFile = dir.path("key.txt")
        let generated = try Self.run(Self.keygen, ["-o", keyFile.path])
        #expect(generated.status == 0, "\(generated.stderr)")
        var keyText = try [UInt8](Data(contentsOf: keyFile))
        let identity = try AgeX25519Identity(encoded: SecureBytes(wiping: &keyText))
        let publicKey = try Self.run(Self.keygen, ["-y", keyFile.path])
        #expect(String(decoding: publicKey.stdout, as: UTF8.self) == identity.recipient + "\n")
        let plaintext = Array("interop".utf8)
        let result = try Self.run(Self.age, ["-e", "-r", identity.recipient], stdin: plaintext)
        #expect(try Age.decrypt(result.stdout, identities: [identity]) == plaintext)
        let ours = try Age.encrypt(plaintext, to: [identity.recipient])
        let dir2 = dir.path("ours.age")
        try Data(ours).write(to: dir2)
        let back = try Self.run(Self.age, ["-d", "-i", keyFile.path, dir2.path])
        #expect(back.stdout == plaintext, "\(back.stderr)")
    }

    /// Runs `age` under `script` so it finds a terminal for the passphrase prompt; stdin goes to the terminal.
    static func ageWithTerminal(_ arguments: [String], typed: String) throws -> Run {
        let command = ([age] + arguments).map { "'\($0)'" }.joined(separator: " ")
        return try run(script, ["-q", "-e", "-c", command, "/dev/null"], stdin: Array(typed.utf8))
    }

    @Test(
        "scrypt files interoperate both ways (age reads passphrases only from a terminal: run under `script`)",
        .enabled(if: hasAgeAndScript, "/usr/bin/age or /usr/bin/script missing, or no pseudo-terminal"))
    func scryptInterop() throws {
        let dir = TemporaryDirectory("age-interop")
        let passphrase = "interop passphrase 123"
        let plaintext = CryptoTestHelpers.pattern(70000)
        let plainFile = dir.path("plain")
        try Data(plaintext).write(to: plainFile)

        // Ours → age.
        let ours = dir.path("ours.age")
        try Data(Age.encrypt(plaintext, passphrase: Fixtures.secret(passphrase), workFactor: 10)).write(to: ours)
        let decrypted = dir.path("decrypted")
        let result = try Self.ageWithTerminal(["-d", "-o", decrypted.path, ours.path], typed: passphrase + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try [UInt8](Data(contentsOf: decrypted)) == plaintext)

        // age → ours (age picks work factor 18).
        let theirs = dir.path("theirs.age")
        let encrypted = try Self.ageWithTerminal(
            ["-p", "-o", theirs.path, plainFile.path], typed: passphrase + "\n" + passphrase + "\n")
        #expect(encrypted.status == 0, "\(encrypted.stderr)")
        let file = try [UInt8](Data(contentsOf: theirs))
        #expect(try Age.decrypt(file, passphrase: Fixtures.secret(passphrase)) == plaintext)
        #expect(throws: AgeError.workFactorTooHigh(18)) {
            try Age.decrypt(file, passphrase: Fixtures.secret(passphrase), maxWorkFactor: 17)
        }
    }
}
