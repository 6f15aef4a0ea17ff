import Testing
@testable import TestimonyCrypto

/// Any change to a sealed blob (header, nonce, ciphertext, tag, length) must be refused.
@Suite("AEAD tampering")
struct AEADTamperingTests {
    let associatedData = Array("vault-1|testimony-t-abc|part-consent|v1".utf8)
    let plaintext = Array("tiny blob".utf8)

    func sealed() throws -> (blob: [UInt8], key: SecureBytes) {
        let key = try CryptoTestHelpers.key()
        return (try AEAD.seal(plaintext, key: key, associatedData: associatedData), key)
    }

    @Test("every single-bit flip at every byte position is refused")
    func bitFlipSweep() throws {
        let (blob, key) = try sealed()
        #expect(blob.count == plaintext.count + AEAD.overhead)
        var checked = 0
        for position in blob.indices {
            for bit in 0..<8 {
                var tampered = blob
                tampered[position] ^= UInt8(1) << UInt8(bit)
                // The format byte is checked before decryption; everything else fails the tag.
                let expected: CryptoError = position == 0 ? .malformedCiphertext : .authenticationFailed
                #expect(throws: expected, "byte \(position) bit \(bit)") {
                    try AEAD.open(tampered, key: key, associatedData: associatedData)
                }
                #expect(throws: expected, "byte \(position) bit \(bit) (openSecret)") {
                    try AEAD.openSecret(tampered, key: key, associatedData: associatedData)
                }
                checked += 1
            }
        }
        #expect(checked == blob.count * 8)
        // The untouched blob still opens, so the failures above come from the flips.
        #expect(try AEAD.open(blob, key: key, associatedData: associatedData) == plaintext)
    }

    @Test("every truncation (each proper prefix) is refused")
    func truncationSweep() throws {
        let (blob, key) = try sealed()
        for length in 0..<blob.count {
            let prefix = Array(blob.prefix(length))
            let expected: CryptoError = length < AEAD.overhead ? .malformedCiphertext : .authenticationFailed
            #expect(throws: expected, "prefix of \(length) bytes") {
                try AEAD.open(prefix, key: key, associatedData: associatedData)
            }
        }
    }

    @Test("dropping bytes from the front is refused")
    func frontTruncation() throws {
        let (blob, key) = try sealed()
        for dropped in 1..<blob.count {
            let suffix = Array(blob.dropFirst(dropped))
            #expect(throws: CryptoError.self, "dropped \(dropped)") {
                try AEAD.open(suffix, key: key, associatedData: associatedData)
            }
        }
    }

    @Test("appended trailing bytes are refused", arguments: [[0x00], [0x01], [UInt8](repeating: 0, count: 16), [0xFF, 0xEE, 0xDD]])
    func trailingBytes(extra: [UInt8]) throws {
        let (blob, key) = try sealed()
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.open(blob + extra, key: key, associatedData: associatedData)
        }
    }

    @Test("an unknown format byte is malformed", arguments: [UInt8(0), 2, 3, 0x7F, 0xFF])
    func unknownFormatByte(format: UInt8) throws {
        let (blob, key) = try sealed()
        var changed = blob
        changed[0] = format
        #expect(throws: CryptoError.malformedCiphertext) {
            try AEAD.open(changed, key: key, associatedData: associatedData)
        }
        #expect(throws: CryptoError.malformedCiphertext) {
            try AEAD.openSecret(changed, key: key, associatedData: associatedData)
        }
    }

    @Test("swapping the nonce of two blobs is refused")
    func nonceSwap() throws {
        let key = try CryptoTestHelpers.key()
        let a = try AEAD.seal(plaintext, key: key, associatedData: associatedData)
        let b = try AEAD.seal(plaintext, key: key, associatedData: associatedData)
        let nonce = 1..<(1 + AEAD.nonceBytes)
        var mixed = a
        mixed.replaceSubrange(nonce, with: b[nonce])
        #expect(mixed != a)
        #expect(throws: CryptoError.authenticationFailed) {
            try AEAD.open(mixed, key: key, associatedData: associatedData)
        }
    }
}
