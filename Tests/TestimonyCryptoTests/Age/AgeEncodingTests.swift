import Testing
import TestimonyTestSupport
@testable import TestimonyCrypto

/// Building blocks: strict base64, Bech32, HKDF, SHA-256, header encoding and identities.
@Suite("age: encodings, HKDF and identities")
struct AgeEncodingTests {
    @Test("base64 round trips and refuses every non-canonical form")
    func base64() {
        for count in 0..<70 {
            let bytes = CryptoTestHelpers.pattern(count)
            let text = AgeBase64.encode(bytes)
            #expect(!text.contains(UInt8(ascii: "=")))
            #expect(AgeBase64.decode(text) == bytes)
        }
        #expect(AgeBase64.decode(Array("Zm9v".utf8)) == Array("foo".utf8))
        #expect(AgeBase64.decode(Array("Zm8".utf8)) == Array("fo".utf8))
        for bad in ["Zm8=", "Zm9", "Zm9v\n", "Zm 9v", "Z", "Zm9vY", "Zm-_", "Zg==", "Zh", "Zm9"] {
            #expect(AgeBase64.decode(Array(bad.utf8)) == nil, "\(bad)")
        }
    }

    @Test("HKDF-SHA-256 matches RFC 5869 test cases 1 and 3")
    func hkdf() throws {
        let ikm = try CryptoTestHelpers.secret([UInt8](repeating: 0x0b, count: 22))
        let okm = try HKDF.deriveKey(
            ikm: ikm, salt: Array(0x00...0x0c), info: Array(0xf0...0xf9), length: 42)
        #expect(
            CryptoTestHelpers.hex(okm.exposedCopy())
                == "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")
        let okm3 = try HKDF.deriveKey(ikm: ikm, salt: [], info: [], length: 42)
        #expect(
            CryptoTestHelpers.hex(okm3.exposedCopy())
                == "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8")
    }

    @Test("SHA-256 hex matches known digests")
    func sha256() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test("Bech32 checks BIP-173 test strings and refuses mixed case and bad checksums")
    func bech32() {
        for valid in ["A12UEL5L", "a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw", "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w"] {
            let decoded = Array(valid.utf8).withUnsafeBytes { Bech32.decode($0) }
            #expect(decoded != nil, "\(valid)")
        }
        for invalid in ["A12uEL5L", "a12uel5m", "1nwldj5", "pzry9x0s0muk", "x1b4n0q5v", "li1dgmt3", "A1G7SGD8", "10a06t8"] {
            let decoded = Array(invalid.utf8).withUnsafeBytes { Bech32.decode($0) }
            #expect(decoded == nil, "\(invalid)")
        }
    }

    @Test("stanza bodies encode as 64-column lines ending with a short (maybe empty) line and parse back")
    func headerRoundTrip() throws {
        let fileKey = try SecureBytes.random(count: 16)
        let stanzas = [0, 1, 47, 48, 49, 96, 100].map { count in
            AgeStanza(type: "test", arguments: ["a", "b\(count)"], body: CryptoTestHelpers.pattern(count))
        }
        let header = try AgeHeader.encode(stanzas, fileKey: fileKey)
        let text = String(decoding: header, as: UTF8.self)
        #expect(text.hasPrefix("age-encryption.org/v1\n-> test a b0\n\n-> test a b1\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.utf8.count <= 64 || $0.hasPrefix("-> ") })
        let parsed = try AgeHeader.parse(header + [UInt8](repeating: 0, count: 16))
        #expect(parsed.stanzas == stanzas)
        #expect(parsed.payloadOffset == header.count)
        #expect(try AgeHeader.computeMAC(over: header[..<parsed.macInputEnd], fileKey: fileKey) == parsed.mac)
    }

    @Test("the C2SP test identity has the expected recipient and re-encodes byte for byte")
    func knownIdentity() throws {
        let text = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
        let identity = try AgeX25519Identity(encoded: Fixtures.secret(text))
        #expect(identity.recipient == "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef")
        #expect(Age.isValidRecipient(identity.recipient))
        #expect(try identity.encoded().exposedCopy() == Array(text.utf8))
        // An age-keygen key file (comments, surrounding whitespace) parses to the same identity.
        let keyFile = "# created: 2024-01-01T00:00:00Z\n# public key: \(identity.recipient)\n\(text)\n"
        #expect(try AgeX25519Identity(encoded: Fixtures.secret(keyFile)).recipient == identity.recipient)
    }

    @Test("generated identities round trip through their text form")
    func generated() throws {
        let identity = try AgeX25519Identity.generate()
        let encoded = try identity.encoded()
        #expect(encoded.exposedCopy().starts(with: Array("AGE-SECRET-KEY-1".utf8)))
        #expect(try AgeX25519Identity(encoded: encoded).recipient == identity.recipient)
        #expect(identity.recipient.hasPrefix("age1"))
        #expect(identity.recipient.count == 62)
    }

    @Test("malformed identities and recipients are refused")
    func refusals() throws {
        let text = "AGE-SECRET-KEY-1EGTZVFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0"
        let bad = [
            text.lowercased(),  // identities are uppercase
            text.dropLast() + "1",  // checksum
            "AGE-SECRET-KEY-1EGTZvFFV20835NWYV6270LXYVK2VKNX2MMDKWYKLMGR48UAWX40Q2P2LM0",  // mixed case
            "",
            "# only a comment\n",
            text + "\n" + text,  // two keys
            "AGE-PLUGIN-FOO-1" + text.dropFirst(16),
        ]
        for candidate in bad {
            #expect(throws: AgeError.self, "\(candidate)") {
                try AgeX25519Identity(encoded: Fixtures.secret(String(candidate)))
            }
        }
        let recipient = "age1xmwwc06ly3ee5rytxm9mflaz2u56jjj36s0mypdrwsvlul66mv4q47ryef"
        #expect(Age.isValidRecipient(recipient))
        #expect(!Age.isValidRecipient(recipient.uppercased()))
        #expect(!Age.isValidRecipient(" " + recipient))
        #expect(!Age.isValidRecipient(String(recipient.dropLast())))
        #expect(!Age.isValidRecipient("age1"))
        #expect(!Age.isValidRecipient(text))
    }
}
