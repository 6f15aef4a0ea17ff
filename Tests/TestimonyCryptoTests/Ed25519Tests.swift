import Foundation
import Testing
@testable import TestimonyCrypto

@Suite("Ed25519: keys, signatures, encodings")
struct Ed25519Tests {
    static let message = Array("synthetic release manifest\n".utf8)

    @Test func signAndVerifyRoundTrip() throws {
        let key = try Ed25519SigningKey.generate()
        let signature = key.sign(Self.message)
        #expect(signature.count == 64)
        #expect(key.publicKey.count == 32)
        #expect(Ed25519SigningKey.verify(signature: signature, message: Self.message, publicKey: key.publicKey))
        #expect(key.verifyingKey.isValidSignature(signature, for: Self.message))
        #expect(Ed25519SigningKey.verify(signature: key.sign([]), message: [], publicKey: key.publicKey))
    }

    @Test func alteredMessageSignatureOrKeyIsRejected() throws {
        let key = try Ed25519SigningKey.generate()
        let other = try Ed25519SigningKey.generate()
        let signature = key.sign(Self.message)
        var message = Self.message
        message[0] ^= 1
        #expect(!Ed25519SigningKey.verify(signature: signature, message: message, publicKey: key.publicKey))
        for index in [0, 31, 32, 63] {
            var bad = signature
            bad[index] ^= 0x80
            #expect(!Ed25519SigningKey.verify(signature: bad, message: Self.message, publicKey: key.publicKey))
        }
        #expect(!Ed25519SigningKey.verify(signature: signature, message: Self.message, publicKey: other.publicKey))
        #expect(!Ed25519SigningKey.verify(signature: Array(signature.prefix(63)), message: Self.message, publicKey: key.publicKey))
        #expect(!Ed25519SigningKey.verify(signature: signature + [0], message: Self.message, publicKey: key.publicKey))
        #expect(!Ed25519SigningKey.verify(signature: signature, message: Self.message, publicKey: Array(key.publicKey.prefix(31))))
    }

    @Test func seedExportRecreatesTheSameKey() throws {
        let key = try Ed25519SigningKey.generate()
        let seed = try key.exportSeed()
        #expect(seed.count == 32)
        let again = try Ed25519SigningKey(seed: seed)
        #expect(again.publicKey == key.publicKey)
        // Ed25519 is deterministic: the same key signs the same message identically.
        #expect(again.sign(Self.message) == key.sign(Self.message))
        #expect(throws: CryptoError.invalidKeyLength(expected: 32, actual: 31)) {
            try Ed25519SigningKey(seed: SecureBytes.random(count: 31))
        }
    }

    /// RFC 8032 §7.1 TEST 1: the seed gives the published public key and signature.
    @Test func rfc8032TestOne() throws {
        var seed = try Ed25519WycheproofTests.unhex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        let key = try Ed25519SigningKey(seed: SecureBytes(wiping: &seed))
        #expect(CryptoTestHelpers.hex(key.publicKey) == "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        #expect(CryptoTestHelpers.hex(key.sign([])) == "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b")
    }

    @Test func pemAndBase64RoundTrip() throws {
        let key = try Ed25519SigningKey.generate().verifyingKey
        let pem = key.pemEncoded
        #expect(pem.hasPrefix("-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA"))
        #expect(pem.hasSuffix("\n-----END PUBLIC KEY-----\n"))
        #expect(try Ed25519PublicKey(pem: pem) == key)
        #expect(try Ed25519PublicKey(parsing: pem) == key)
        let line = key.base64Encoded
        #expect(line.hasSuffix("=\n"))
        #expect(line.filter { $0 == "\n" }.count == 1)
        #expect(try Ed25519PublicKey(base64: line) == key)
        #expect(try Ed25519PublicKey(parsing: "  \(line)") == key)
        #expect(try Ed25519PublicKey(pem: pem.replacingOccurrences(of: "\n", with: "\r\n")) == key)
    }

    @Test func malformedKeysFailWithClearErrors() throws {
        let key = try Ed25519SigningKey.generate().verifyingKey
        #expect(throws: Ed25519KeyEncodingError.wrongLength(expected: 32, actual: 33)) {
            try Ed25519PublicKey(base64: Data(key.bytes + [0]).base64EncodedString())
        }
        #expect(throws: Ed25519KeyEncodingError.self) { try Ed25519PublicKey(base64: "not base64!") }
        #expect(throws: Ed25519KeyEncodingError.self) { try Ed25519PublicKey(base64: "AAAA AAAA") }
        #expect(throws: Ed25519KeyEncodingError.notPEM) { try Ed25519PublicKey(pem: "hello") }
        let privatePEM = "-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIA==\n-----END PRIVATE KEY-----\n"
        #expect(throws: Ed25519KeyEncodingError.wrongPEMLabel(found: "-----BEGIN PRIVATE KEY-----")) {
            try Ed25519PublicKey(pem: privatePEM)
        }
        // An X25519 SPKI (OID 1.3.101.110) is not an Ed25519 key.
        let x25519 = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x03, 0x21, 0x00] + key.bytes
        let x25519PEM = "-----BEGIN PUBLIC KEY-----\n\(Data(x25519).base64EncodedString())\n-----END PUBLIC KEY-----\n"
        #expect(throws: Ed25519KeyEncodingError.notEd25519) { try Ed25519PublicKey(pem: x25519PEM) }
        #expect(throws: Ed25519KeyEncodingError.trailingData) { try Ed25519PublicKey(pem: key.pemEncoded + "extra\n") }
        let description = Ed25519KeyEncodingError.notEd25519.description
        #expect(description.contains("Ed25519"))
    }
}
