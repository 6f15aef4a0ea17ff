internal import CSHA256
internal import CSodium
public import Foundation

/// Streaming SHA-256, for files too large to hold in memory: release files are hashed while they
/// are written and again when verified. On CPUs with the x86 SHA extensions it runs on those
/// (`CSHA256`, several times faster); elsewhere on libsodium's `crypto_hash_sha256_*`. The tests
/// compare the two on many inputs.
public struct SHA256Hasher: Sendable {
    /// Whether this CPU has the SHA extensions (checked once).
    static let accelerated = testimony_sha256_accelerated() != 0

    private var sodium = crypto_hash_sha256_state()
    private var extensions = testimony_sha256_state()
    private let useExtensions: Bool
    private var finished = false

    public init() { self.init(accelerated: Self.accelerated) }

    /// `accelerated: false` forces libsodium (tests compare both on a CPU that has the extensions).
    init(accelerated: Bool) {
        Sodium.require()
        useExtensions = accelerated && Self.accelerated
        if useExtensions {
            testimony_sha256_init(&extensions)
        } else {
            _ = crypto_hash_sha256_init(&sodium)
        }
    }

    /// Feeds more bytes.
    public mutating func update(_ bytes: [UInt8]) {
        precondition(!finished, "SHA256Hasher used after finalize")
        guard !bytes.isEmpty else { return }
        if useExtensions {
            testimony_sha256_update(&extensions, bytes, bytes.count)
        } else {
            _ = crypto_hash_sha256_update(&sodium, bytes, UInt64(bytes.count))
        }
    }

    /// Feeds more bytes.
    public mutating func update(_ data: Data) {
        precondition(!finished, "SHA256Hasher used after finalize")
        guard !data.isEmpty else { return }
        data.withUnsafeBytes { raw in
            let base = raw.baseAddress!.assumingMemoryBound(to: UInt8.self)
            if useExtensions {
                testimony_sha256_update(&extensions, base, raw.count)
            } else {
                _ = crypto_hash_sha256_update(&sodium, base, UInt64(raw.count))
            }
        }
    }

    /// The 32-byte digest. The hasher cannot be used afterwards.
    public mutating func finalize() -> [UInt8] {
        precondition(!finished, "SHA256Hasher finalized twice")
        finished = true
        var out = [UInt8](repeating: 0, count: SHA256.byteCount)
        if useExtensions {
            testimony_sha256_final(&extensions, &out)
        } else {
            _ = crypto_hash_sha256_final(&sodium, &out)
        }
        return out
    }

    /// The lowercase hex digest (64 characters). The hasher cannot be used afterwards.
    public mutating func finalizeHex() -> String {
        SHA256.hexString(finalize())
    }
}
