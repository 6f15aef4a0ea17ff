import Testing
import TestimonyTestSupport
@testable import TestimonyCrypto

/// Encrypt → decrypt round trips, truncation and extension, and key mismatches.
@Suite("age: round trips and tampering")
struct AgeRoundTripTests {
    static let sizes = [0, 1, 65535, 65536, 65537, 3 * 65536 + 5]
    static let testWorkFactor = 10

    /// Offset of the first STREAM chunk (after the header and the 16-byte nonce).
    static func streamOffset(_ file: [UInt8]) throws -> Int {
        try AgeHeader.parse(file).payloadOffset + AgeFormat.payloadNonceBytes
    }

    /// Number of STREAM chunks for a plaintext size.
    static func chunkCount(_ size: Int) -> Int { max(1, (size + 65535) / 65536) }

    @Test("X25519: encrypt then decrypt returns the plaintext", arguments: sizes)
    func x25519RoundTrip(size: Int) throws {
        let identity = try AgeX25519Identity.generate()
        let plaintext = CryptoTestHelpers.pattern(size)
        let file = try Age.encrypt(plaintext, to: [identity.recipient])
        let offset = try Self.streamOffset(file)
        #expect(file.count == offset + size + Self.chunkCount(size) * 16)
        #expect(try Age.decrypt(file, identities: [identity]) == plaintext)
    }

    @Test("scrypt: encrypt then decrypt returns the plaintext", arguments: sizes)
    func scryptRoundTrip(size: Int) throws {
        let passphrase = try CryptoTestHelpers.secret("correct horse battery staple")
        let plaintext = CryptoTestHelpers.pattern(size)
        let file = try Age.encrypt(plaintext, passphrase: passphrase, workFactor: Self.testWorkFactor)
        let header = try AgeHeader.parse(file)
        #expect(header.stanzas.count == 1)
        #expect(header.stanzas[0].type == "scrypt")
        #expect(header.stanzas[0].arguments[1] == "10")
        #expect(try Age.decrypt(file, passphrase: passphrase) == plaintext)
    }

    @Test("every recipient of a multi-recipient file can decrypt it")
    func multipleRecipients() throws {
        let identities = try (0..<3).map { _ in try AgeX25519Identity.generate() }
        let plaintext = CryptoTestHelpers.pattern(1000)
        let file = try Age.encrypt(plaintext, to: identities.map(\.recipient))
        #expect(try AgeHeader.parse(file).stanzas.count == 3)
        for identity in identities {
            #expect(try Age.decrypt(file, identities: [identity]) == plaintext)
        }
        let stranger = try AgeX25519Identity.generate()
        #expect(try Age.decrypt(file, identities: [stranger, identities[2]]) == plaintext)
    }

    @Test("truncating at every chunk boundary, or inside a chunk, is a payload failure", arguments: sizes)
    func truncation(size: Int) throws {
        let identity = try AgeX25519Identity.generate()
        let file = try Age.encrypt(CryptoTestHelpers.pattern(size), to: [identity.recipient])
        let offset = try Self.streamOffset(file)
        var cuts: [Int] = []
        for chunk in 0..<Self.chunkCount(size) {
            let boundary = offset + chunk * (65536 + 16)
            cuts += [boundary, boundary + 1, boundary + 16]
        }
        cuts.append(file.count - 1)
        for cut in Set(cuts) where cut < file.count {
            #expect(throws: AgeError.self, "cut at \(cut) of \(file.count)") {
                try Age.decrypt(Array(file[..<cut]), identities: [identity])
            }
            let error = Age.decrypt(Array(file[..<cut]), keys: [.x25519(identity)]).error
            guard case .payloadFailure = error else {
                Issue.record("cut at \(cut): expected a payload failure, got \(String(describing: error))")
                continue
            }
        }
        // Cutting into the nonce is a header-stage failure.
        #expect(throws: AgeError.headerFailure("file ends before the payload nonce")) {
            try Age.decrypt(Array(file[..<(offset - 1)]), identities: [identity])
        }
    }

    @Test("trailing bytes after the final chunk are a payload failure", arguments: sizes)
    func trailingData(size: Int) throws {
        let identity = try AgeX25519Identity.generate()
        let file = try Age.encrypt(CryptoTestHelpers.pattern(size), to: [identity.recipient])
        for extra in [[UInt8(0)], [UInt8](repeating: 0xAB, count: 16), [UInt8](repeating: 0, count: 17)] {
            let error = Age.decrypt(file + extra, keys: [.x25519(identity)]).error
            guard case .payloadFailure = error else {
                Issue.record("\(extra.count) extra bytes: expected a payload failure, got \(String(describing: error))")
                continue
            }
            #expect(throws: AgeError.self) { try Age.decrypt(file + extra, identities: [identity]) }
        }
    }

    @Test("a flipped payload bit releases nothing and is a payload failure")
    func payloadTamper() throws {
        let identity = try AgeX25519Identity.generate()
        let plaintext = CryptoTestHelpers.pattern(3 * 65536 + 5)
        var file = try Age.encrypt(plaintext, to: [identity.recipient])
        file[file.count - 3] ^= 1  // last chunk: the reference reader would have released three chunks first
        let (released, error) = Age.decrypt(file, keys: [.x25519(identity)])
        #expect(released == Array(plaintext[..<(3 * 65536)]))
        guard case .payloadFailure = error else {
            Issue.record("expected a payload failure, got \(String(describing: error))")
            return
        }
        #expect(throws: AgeError.self) { try Age.decrypt(file, identities: [identity]) }
    }

    @Test("a changed header byte is a header or HMAC failure")
    func headerTamper() throws {
        let identity = try AgeX25519Identity.generate()
        let file = try Age.encrypt(CryptoTestHelpers.pattern(10), to: [identity.recipient])
        let header = try AgeHeader.parse(file)
        for index in 0..<header.payloadOffset {
            var copy = file
            copy[index] ^= 0x01
            do {
                _ = try Age.decrypt(copy, identities: [identity])
                Issue.record("header byte \(index) changed and the file still decrypted")
            } catch {
                switch error {
                case .headerFailure, .hmacFailure, .noMatch: break
                default: Issue.record("header byte \(index): unexpected \(error)")
                }
            }
        }
        // Swapping the MAC for another valid-looking one is an HMAC failure.
        var forged = Array(file[..<header.macInputEnd])
        forged += Array(" ".utf8) + AgeBase64.encode([UInt8](repeating: 7, count: 32)) + [0x0A]
        forged += file[header.payloadOffset...]
        #expect(throws: AgeError.hmacFailure) { try Age.decrypt(forged, identities: [identity]) }
    }

    @Test("the wrong identity, or the wrong kind of key, is no match")
    func noMatch() throws {
        let identity = try AgeX25519Identity.generate()
        let other = try AgeX25519Identity.generate()
        let passphrase = try CryptoTestHelpers.secret("passphrase")
        let x25519File = try Age.encrypt([1, 2, 3], to: [identity.recipient])
        let scryptFile = try Age.encrypt([1, 2, 3], passphrase: passphrase, workFactor: Self.testWorkFactor)
        #expect(throws: AgeError.noMatch) { try Age.decrypt(x25519File, identities: [other]) }
        #expect(throws: AgeError.noMatch) { try Age.decrypt(x25519File, identities: []) }
        #expect(throws: AgeError.noMatch) { try Age.decrypt(x25519File, passphrase: passphrase) }
        #expect(throws: AgeError.noMatch) { try Age.decrypt(scryptFile, identities: [identity]) }
        #expect(throws: AgeError.noMatch) {
            try Age.decrypt(scryptFile, passphrase: CryptoTestHelpers.secret("Passphrase"))
        }
    }

    @Test("a work factor above the ceiling is refused before any scrypt work")
    func workFactorCeiling() throws {
        let passphrase = try CryptoTestHelpers.secret("passphrase")
        let file = try Age.encrypt([9], passphrase: passphrase, workFactor: 12)
        #expect(throws: AgeError.workFactorTooHigh(12)) { try Age.decrypt(file, passphrase: passphrase, maxWorkFactor: 11) }
        #expect(try Age.decrypt(file, passphrase: passphrase, maxWorkFactor: 12) == [9])
        // Encrypting outside 1...22 is refused.
        for factor in [0, -1, 23, 64] {
            #expect(throws: CryptoError.self) { try Age.encrypt([9], passphrase: passphrase, workFactor: factor) }
        }
    }

    @Test("encryption refuses bad recipient lists")
    func badRecipients() throws {
        let identity = try AgeX25519Identity.generate()
        #expect(throws: CryptoError.self) { try Age.encrypt([1], to: []) }
        #expect(throws: CryptoError.self) { try Age.encrypt([1], to: [identity.recipient.uppercased()]) }
        #expect(throws: CryptoError.self) { try Age.encrypt([1], to: [identity.recipient, "age1invalid"]) }
        // A low-order point as recipient (all-zero shared secret).
        let zeroPoint = [UInt8](repeating: 0, count: 32).withUnsafeBytes {
            String(decoding: Bech32.encode(hrp: Array("age".utf8), data: $0, uppercase: false), as: UTF8.self)
        }
        #expect(Age.isValidRecipient(zeroPoint))
        #expect(throws: CryptoError.self) { try Age.encrypt([1], to: [zeroPoint]) }
    }

    @Test("armored input is reported as unsupported")
    func armor() {
        let armored = Array("-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n".utf8)
        #expect(throws: AgeError.armorUnsupported) { try Age.decrypt(armored, identities: []) }
    }

    @Test("every AgeError has a description without secrets")
    func descriptions() {
        let errors: [AgeError] = [
            .noMatch, .hmacFailure, .headerFailure("x"), .payloadFailure("y"), .armorUnsupported, .workFactorTooHigh(30),
        ]
        for error in errors { #expect(!error.description.isEmpty) }
        #expect(AgeError.workFactorTooHigh(30).description.contains("30"))
    }
}
