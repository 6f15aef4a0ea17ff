internal import CSodium
public import Foundation

/// Streaming SHA-256 (libsodium `crypto_hash_sha256_init/update/final`), for files too large to
/// hold in memory: release files are hashed while they are written and again when verified.
public struct SHA256Hasher: Sendable {
    private var state = crypto_hash_sha256_state()
    private var finished = false

    public init() {
        Sodium.require()
        _ = crypto_hash_sha256_init(&state)
    }

    /// Feeds more bytes.
    public mutating func update(_ bytes: [UInt8]) {
        precondition(!finished, "SHA256Hasher used after finalize")
        guard !bytes.isEmpty else { return }
        _ = crypto_hash_sha256_update(&state, bytes, UInt64(bytes.count))
    }

    /// Feeds more bytes.
    public mutating func update(_ data: Data) {
        precondition(!finished, "SHA256Hasher used after finalize")
        guard !data.isEmpty else { return }
        data.withUnsafeBytes { raw in
            _ = crypto_hash_sha256_update(
                &state, raw.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(raw.count))
        }
    }

    /// The 32-byte digest. The hasher cannot be used afterwards.
    public mutating func finalize() -> [UInt8] {
        precondition(!finished, "SHA256Hasher finalized twice")
        finished = true
        var out = [UInt8](repeating: 0, count: SHA256.byteCount)
        _ = crypto_hash_sha256_final(&state, &out)
        return out
    }

    /// The lowercase hex digest (64 characters). The hasher cannot be used afterwards.
    public mutating func finalizeHex() -> String {
        SHA256.hexString(finalize())
    }
}
