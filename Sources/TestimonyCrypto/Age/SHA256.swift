internal import CSodium

/// SHA-256 (libsodium `crypto_hash_sha256`), for fingerprints and test comparisons.
public enum SHA256 {
    /// Digest length in bytes.
    static let byteCount = 32

    /// The 32-byte SHA-256 digest of `bytes`.
    static func hash(_ bytes: [UInt8]) -> [UInt8] {
        Sodium.require()
        var out = [UInt8](repeating: 0, count: byteCount)
        // A one-byte stand-in keeps the (nonnull) input pointer valid for an empty message.
        let source = bytes.isEmpty ? [UInt8(0)] : bytes
        _ = crypto_hash_sha256(&out, source, UInt64(bytes.count))
        return out
    }

    /// The lowercase hex SHA-256 digest of `bytes` (64 characters).
    public static func hex(_ bytes: [UInt8]) -> String {
        hexString(hash(bytes))
    }
}
