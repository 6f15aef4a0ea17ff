import Foundation
import Testing
import TestimonyCrypto
import TestimonyTestSupport

/// Wycheproof `ed25519_test.json` from `../shared/vectors/wycheproof`: every valid vector verifies,
/// every invalid one is rejected. Vectors libsodium 1.0.18 decides differently are listed in
/// `knownDifferences` with the reason and reported, never skipped silently.
@Suite("Ed25519: Wycheproof vectors")
struct Ed25519WycheproofTests {
    static let file = Fixtures.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/vectors/wycheproof/ed25519_test.json")

    static var fileExists: Bool { FileManager.default.fileExists(atPath: file.path) }

    /// tcId → why libsodium 1.0.18 disagrees with Wycheproof. Empty: libsodium agrees on every vector.
    static let knownDifferences: [Int: String] = [:]

    struct Vector: Sendable {
        var tcId: Int
        var publicKey: [UInt8]
        var publicKeyPEM: String
        var message: [UInt8]
        var signature: [UInt8]
        var valid: Bool
    }

    static func vectors() throws -> [Vector] {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any] ?? [:]
        var out: [Vector] = []
        for group in json["testGroups"] as? [[String: Any]] ?? [] {
            let key = (group["publicKey"] as? [String: Any])?["pk"] as? String ?? ""
            let pem = group["publicKeyPem"] as? String ?? ""
            for test in group["tests"] as? [[String: Any]] ?? [] {
                out.append(Vector(
                    tcId: test["tcId"] as? Int ?? -1, publicKey: try unhex(key), publicKeyPEM: pem,
                    message: try unhex(test["msg"] as? String ?? ""), signature: try unhex(test["sig"] as? String ?? ""),
                    valid: (test["result"] as? String) == "valid"))
            }
        }
        return out
    }

    static func unhex(_ text: String) throws -> [UInt8] {
        let chars = Array(text.utf8)
        guard chars.count % 2 == 0 else { throw CocoaError(.coderReadCorrupt) }
        return try stride(from: 0, to: chars.count, by: 2).map { i in
            guard let byte = UInt8(String(decoding: chars[i..<i + 2], as: UTF8.self), radix: 16) else {
                throw CocoaError(.coderReadCorrupt)
            }
            return byte
        }
    }

    @Test(.enabled(if: fileExists, "no ../shared/vectors/wycheproof/ed25519_test.json next to the package"))
    func everyVectorIsDecidedAsWycheproofSays() throws {
        let vectors = try Self.vectors()
        #expect(vectors.count == 151)
        var validAccepted = 0
        var invalidRejected = 0
        var differences: [Int] = []
        for vector in vectors {
            let accepted = Ed25519SigningKey.verify(signature: vector.signature, message: vector.message, publicKey: vector.publicKey)
            if accepted == vector.valid {
                if vector.valid { validAccepted += 1 } else { invalidRejected += 1 }
                continue
            }
            differences.append(vector.tcId)
            #expect(Self.knownDifferences[vector.tcId] != nil, "tcId \(vector.tcId): expected \(vector.valid ? "valid" : "invalid")")
        }
        #expect(validAccepted == 88)
        #expect(invalidRejected == 63)
        #expect(differences.isEmpty)
    }

    @Test(.enabled(if: fileExists, "no ../shared/vectors/wycheproof/ed25519_test.json next to the package"))
    func everyGroupKeyParsesFromItsPEM() throws {
        for vector in try Self.vectors() {
            let key = try Ed25519PublicKey(pem: vector.publicKeyPEM)
            #expect(key.bytes == vector.publicKey, "tcId \(vector.tcId)")
            #expect(key.pemEncoded == vector.publicKeyPEM, "tcId \(vector.tcId)")
        }
    }
}
