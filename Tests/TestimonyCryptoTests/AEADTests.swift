import Testing
@testable import TestimonyCrypto

/// Sealing and opening: round trips, blob layout, associated data and key checks.
@Suite("AEAD round trips and key handling")
struct AEADTests {
    let associatedData = Array("vault-1|testimony-t-abc|part-answers|v3".utf8)

    @Test("the blob layout constants match XChaCha20-Poly1305")
    func constants() {
        #expect(AEAD.keyBytes == 32)
        #expect(AEAD.nonceBytes == 24)
        #expect(AEAD.tagBytes == 16)
        #expect(AEAD.overhead == 1 + 24 + 16)
        #expect(AEAD.formatVersion == 1)
    }

    @Test("seal then open returns the plaintext", arguments: [0, 1, 100, 4096, 65537])
    func roundTrip(size: Int) throws {
        let key = try CryptoTestHelpers.key()
        let plaintext = CryptoTestHelpers.pattern(size)
        let blob = try AEAD.seal(plaintext, key: key, associatedData: associatedData)
        #expect(blob.count == size + AEAD.overhead)
        #expect(blob[0] == AEAD.formatVersion)
        let opened = try AEAD.open(blob, key: key, associatedData: associatedData)
        #expect(opened == plaintext)
    }

    @Test("an empty associated data round trips and is not interchangeable with a non-empty one")
    func emptyAssociatedData() throws {
        let key = try CryptoTestHelpers.key()
        let plaintext = Array("synthetic sample".utf8)
        let blob = try AEAD.seal(plaintext, key: key, associatedData: [])
        #expect(try AEAD.open(blob, key: key, associatedData: []) == plaintext)
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.open(blob, key: key, associatedData: [0])
        }
    }

    @Test("the ciphertext does not contain the plaintext")
    func ciphertextHidesPlaintext() throws {
        let key = try CryptoTestHelpers.key()
        let marker = Array("CANARY-AEAD-7f3a9c".utf8)
        let blob = try AEAD.seal(marker + marker, key: key, associatedData: associatedData)
        let found = (0...(blob.count - marker.count)).contains { Array(blob[$0..<($0 + marker.count)]) == marker }
        #expect(!found)
    }

    @Test("opening with different associated data fails authentication")
    func wrongAssociatedData() throws {
        let key = try CryptoTestHelpers.key()
        let blob = try AEAD.seal(Array("sample".utf8), key: key, associatedData: associatedData)
        var other = associatedData
        other[other.count - 1] ^= 0x01
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.open(blob, key: key, associatedData: other)
        }
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.open(blob, key: key, associatedData: Array(associatedData.dropLast()))
        }
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.open(blob, key: key, associatedData: [])
        }
    }

    @Test("opening with another key fails authentication")
    func wrongKey() throws {
        let key = try CryptoTestHelpers.key()
        let otherKey = try CryptoTestHelpers.key()
        let blob = try AEAD.seal(Array("sample".utf8), key: key, associatedData: associatedData)
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.open(blob, key: otherKey, associatedData: associatedData)
        }
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.openSecret(blob, key: otherKey, associatedData: associatedData)
        }
    }

    @Test("a key that differs in one bit fails authentication")
    func keyOffByOneBit() throws {
        var raw = CryptoTestHelpers.pattern(AEAD.keyBytes)
        let key = try CryptoTestHelpers.secret(raw)
        raw[17] ^= 0x40
        let nearKey = try CryptoTestHelpers.secret(raw)
        let blob = try AEAD.seal(Array("sample".utf8), key: key, associatedData: associatedData)
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.open(blob, key: nearKey, associatedData: associatedData)
        }
    }

    @Test("two seals of the same plaintext differ (fresh random nonce)")
    func randomNonce() throws {
        let key = try CryptoTestHelpers.key()
        let plaintext = Array("same plaintext".utf8)
        let first = try AEAD.seal(plaintext, key: key, associatedData: associatedData)
        let second = try AEAD.seal(plaintext, key: key, associatedData: associatedData)
        #expect(first != second)
        let nonceRange = 1..<(1 + AEAD.nonceBytes)
        #expect(Array(first[nonceRange]) != Array(second[nonceRange]))
        #expect(Array(first[nonceRange]) != [UInt8](repeating: 0, count: AEAD.nonceBytes))
        #expect(try AEAD.open(first, key: key, associatedData: associatedData) == plaintext)
        #expect(try AEAD.open(second, key: key, associatedData: associatedData) == plaintext)
    }

    @Test("a key of the wrong length is refused by every entry point", arguments: [0, 16, 31, 33, 64])
    func wrongKeyLength(length: Int) throws {
        let goodKey = try CryptoTestHelpers.key()
        let badKey = try CryptoTestHelpers.secret(CryptoTestHelpers.pattern(length))
        let expected = CryptoError.invalidKeyLength(expected: 32, actual: length)
        let blob = try AEAD.seal(Array("sample".utf8), key: goodKey, associatedData: associatedData)
        #expect(throws: expected) { try AEAD.seal([1, 2, 3], key: badKey, associatedData: associatedData) }
        #expect(throws: expected) { try AEAD.open(blob, key: badKey, associatedData: associatedData) }
        #expect(throws: expected) { try AEAD.openSecret(blob, key: badKey, associatedData: associatedData) }
        #expect(throws: expected) { try AEAD.sealSecret(goodKey, key: badKey, associatedData: associatedData) }
    }

    @Test("sealSecret then openSecret returns the same secret")
    func secretRoundTrip() throws {
        let kek = try CryptoTestHelpers.key()
        let secret = try SecureBytes.random(count: 32)
        let blob = try AEAD.sealSecret(secret, key: kek, associatedData: associatedData)
        #expect(blob.count == 32 + AEAD.overhead)
        let opened = try AEAD.openSecret(blob, key: kek, associatedData: associatedData)
        #expect(opened.count == 32)
        #expect(opened.constantTimeEquals(secret))
        // The same blob opens with the plain API to the same bytes.
        #expect(try AEAD.open(blob, key: kek, associatedData: associatedData) == secret.exposedCopy())
    }

    @Test("openSecret refuses wrong associated data and tampering")
    func secretRefusals() throws {
        let kek = try CryptoTestHelpers.key()
        let secret = try SecureBytes.random(count: 32)
        var blob = try AEAD.sealSecret(secret, key: kek, associatedData: associatedData)
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.openSecret(blob, key: kek, associatedData: Array("elsewhere".utf8))
        }
        blob[blob.count - 1] ^= 0x80
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.openSecret(blob, key: kek, associatedData: associatedData)
        }
        #expect(throws: CryptoError.malformedCiphertext) {
            try AEAD.openSecret(Array(blob.prefix(AEAD.overhead - 1)), key: kek, associatedData: associatedData)
        }
    }

    @Test("an empty secret round trips through sealSecret/openSecret")
    func emptySecret() throws {
        let kek = try CryptoTestHelpers.key()
        let empty = try CryptoTestHelpers.secret([UInt8]())
        let blob = try AEAD.sealSecret(empty, key: kek, associatedData: associatedData)
        #expect(blob.count == AEAD.overhead)
        let opened = try AEAD.openSecret(blob, key: kek, associatedData: associatedData)
        #expect(opened.count == 0)
    }
}
