import Foundation
import Testing
import TestimonyCrypto
import TestimonyTestSupport

/// Signatures made here verify with OpenSSL 3 (`openssl pkeyutl -verify -rawin`), and OpenSSL's
/// signatures verify here: the published key files and MANIFEST.sig work with standard tools.
@Suite("Ed25519: OpenSSL interop")
struct Ed25519InteropTests {
    static let openssl: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl", "/opt/homebrew/bin/openssl"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: openssl ?? "/usr/bin/openssl")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(.enabled(if: openssl != nil, "openssl is not installed"))
    func ourSignatureVerifiesWithOpenSSL() throws {
        let dir = TemporaryDirectory("ed25519-interop")
        let key = try Ed25519SigningKey.generate()
        let message = Array("synthetic manifest line\n".utf8)
        dir.write("key.pem", key.verifyingKey.pemEncoded)
        try Data(message).write(to: dir.path("msg"))
        try Data(key.sign(message)).write(to: dir.path("sig"))
        let ok = try Self.run(["pkeyutl", "-verify", "-pubin", "-inkey", dir.path("key.pem").path, "-rawin",
            "-in", dir.path("msg").path, "-sigfile", dir.path("sig").path])
        #expect(ok.status == 0)
        #expect(ok.output.contains("Signature Verified Successfully"))

        var bad = key.sign(message)
        bad[10] ^= 1
        try Data(bad).write(to: dir.path("sig"))
        let refused = try Self.run(["pkeyutl", "-verify", "-pubin", "-inkey", dir.path("key.pem").path, "-rawin",
            "-in", dir.path("msg").path, "-sigfile", dir.path("sig").path])
        #expect(refused.status != 0)
    }

    @Test(.enabled(if: openssl != nil, "openssl is not installed"))
    func openSSLKeysAndSignaturesWorkHere() throws {
        let dir = TemporaryDirectory("ed25519-interop")
        #expect(try Self.run(["genpkey", "-algorithm", "ed25519", "-out", dir.path("sk.pem").path]).status == 0)
        #expect(try Self.run(["pkey", "-in", dir.path("sk.pem").path, "-pubout", "-out", dir.path("pk.pem").path]).status == 0)
        let message = Array("another synthetic message".utf8)
        try Data(message).write(to: dir.path("msg"))
        #expect(try Self.run(["pkeyutl", "-sign", "-inkey", dir.path("sk.pem").path, "-rawin", "-in", dir.path("msg").path,
            "-out", dir.path("sig").path]).status == 0)
        let key = try Ed25519PublicKey(pem: String(contentsOf: dir.path("pk.pem"), encoding: .utf8))
        let signature = Array(try Data(contentsOf: dir.path("sig")))
        #expect(key.isValidSignature(signature, for: message))
        // Our PEM of OpenSSL's key is byte-identical to OpenSSL's own.
        #expect(key.pemEncoded == (try String(contentsOf: dir.path("pk.pem"), encoding: .utf8)))
    }
}
