import Testing
@testable import TestimonyCrypto

/// Keyed BLAKE2b (recovery key → key-encryption key).
@Suite("Keyed hash")
struct KeyedHashTests {
    let message = Array("testimony recovery kek".utf8)

    @Test("matches keyed BLAKE2b-256 (known answer)")
    func knownAnswer() throws {
        let key = try CryptoTestHelpers.secret(Array(0..<32))
        // Python: hashlib.blake2b(b"testimony recovery kek", key=bytes(range(32)), digest_size=32)
        let out = try KeyedHash.derive(key: key, message: message)
        #expect(CryptoTestHelpers.hex(out.exposedCopy()) == "cba316f5212a881bc7aa46e442bb76bc88d4215ff814d3ad46ac3c6073246b06")
        let empty = try KeyedHash.derive(key: key, message: [])
        #expect(CryptoTestHelpers.hex(empty.exposedCopy()) == "4e51e7a913fc80137da52880fecca175bf81e117d5c68126dc2774033517ea0d")
    }

    @Test("the same key and message give the same 32 bytes")
    func deterministic() throws {
        let key = try SecureBytes.random(count: 32)
        let a = try KeyedHash.derive(key: key, message: message)
        let b = try KeyedHash.derive(key: key, message: message)
        #expect(a.count == 32)
        #expect(a.constantTimeEquals(b))
    }

    @Test("different keys give different outputs")
    func keySeparation() throws {
        var raw = CryptoTestHelpers.pattern(32)
        let a = try KeyedHash.derive(key: CryptoTestHelpers.secret(raw), message: message)
        raw[31] ^= 0x01
        let b = try KeyedHash.derive(key: CryptoTestHelpers.secret(raw), message: message)
        #expect(!a.constantTimeEquals(b))
    }

    @Test("different messages give different outputs")
    func messageSeparation() throws {
        let key = try SecureBytes.random(count: 32)
        let a = try KeyedHash.derive(key: key, message: message)
        let b = try KeyedHash.derive(key: key, message: message + [0])
        let c = try KeyedHash.derive(key: key, message: [])
        #expect(!a.constantTimeEquals(b))
        #expect(!a.constantTimeEquals(c))
        #expect(!b.constantTimeEquals(c))
    }

    @Test("the output is not the key")
    func notIdentity() throws {
        let key = try SecureBytes.random(count: 32)
        #expect(!(try KeyedHash.derive(key: key, message: message)).constantTimeEquals(key))
    }
}
