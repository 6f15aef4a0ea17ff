import Testing
@testable import TestimonyCrypto

/// Argon2id passphrase derivation (with the fast test parameters).
@Suite("Password KDF")
struct PasswordKDFTests {
    let parameters = KDFParameters.insecureTestOnly
    let salt = CryptoTestHelpers.pattern(16)

    func derive(_ passphrase: String, salt: [UInt8], parameters: KDFParameters? = nil) throws -> SecureBytes {
        try PasswordKDF.deriveKey(
            passphrase: CryptoTestHelpers.secret(passphrase), salt: salt, parameters: parameters ?? self.parameters)
    }

    @Test("the salt is 16 bytes and the key is 32 bytes")
    func sizes() throws {
        #expect(PasswordKDF.saltBytes == 16)
        let key = try derive("correct horse test", salt: salt)
        #expect(key.count == AEAD.keyBytes)
    }

    @Test("the same passphrase, salt and parameters give the same key")
    func deterministic() throws {
        let a = try derive("correct horse test", salt: salt)
        let b = try derive("correct horse test", salt: salt)
        #expect(a.constantTimeEquals(b))
    }

    @Test("a different salt gives a different key")
    func saltSeparation() throws {
        var otherSalt = salt
        otherSalt[0] ^= 0x01
        let a = try derive("correct horse test", salt: salt)
        let b = try derive("correct horse test", salt: otherSalt)
        #expect(!a.constantTimeEquals(b))
    }

    @Test("a different passphrase gives a different key")
    func passphraseSeparation() throws {
        let a = try derive("correct horse test", salt: salt)
        let b = try derive("correct horse tesT", salt: salt)
        let c = try derive("correct horse test ", salt: salt)
        #expect(!a.constantTimeEquals(b))
        #expect(!a.constantTimeEquals(c))
        #expect(!b.constantTimeEquals(c))
    }

    @Test("different parameters give a different key")
    func parameterSeparation() throws {
        let cheap = parameters
        let twoPasses = KDFParameters(algorithm: cheap.algorithm, opsLimit: cheap.opsLimit + 1, memLimit: cheap.memLimit)
        let a = try derive("correct horse test", salt: salt, parameters: cheap)
        let b = try derive("correct horse test", salt: salt, parameters: twoPasses)
        #expect(!a.constantTimeEquals(b))
    }

    @Test("the derived key is not all zeroes and not the passphrase")
    func notTrivial() throws {
        let key = try derive("correct horse test", salt: salt).exposedCopy()
        #expect(key != [UInt8](repeating: 0, count: 32))
        #expect(Array(key.prefix(18)) != Array("correct horse test".utf8))
    }

    @Test("an empty passphrase still derives a key")
    func emptyPassphrase() throws {
        let key = try derive("", salt: salt)
        #expect(key.count == 32)
        #expect(!key.constantTimeEquals(try derive("x", salt: salt)))
    }

    @Test("a salt of the wrong length is refused", arguments: [0, 8, 15, 17, 32])
    func wrongSaltLength(length: Int) throws {
        #expect(throws: CryptoError.invalidKeyLength(expected: 16, actual: length)) {
            try derive("correct horse test", salt: CryptoTestHelpers.pattern(length))
        }
    }
}
