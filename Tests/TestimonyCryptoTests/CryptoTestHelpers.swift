@testable import TestimonyCrypto

/// Small helpers shared by the crypto tests.
enum CryptoTestHelpers {
    /// A fresh random 32-byte AEAD key.
    static func key() throws -> SecureBytes {
        try SecureBytes.random(count: AEAD.keyBytes)
    }

    /// Secret bytes holding a copy of `bytes` (the copy is wiped, `bytes` is left alone).
    static func secret(_ bytes: [UInt8]) throws -> SecureBytes {
        var copy = bytes
        return try SecureBytes(wiping: &copy)
    }

    /// Secret bytes holding the UTF-8 of `text`.
    static func secret(_ text: String) throws -> SecureBytes {
        try secret(Array(text.utf8))
    }

    /// Deterministic, non-secret filler bytes of a given length.
    static func pattern(_ count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
    }

    /// Lowercase hex of some bytes.
    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { byte in
            let digits = Array("0123456789abcdef")
            return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
        }.joined()
    }
}
