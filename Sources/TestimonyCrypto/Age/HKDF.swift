internal import CSodium

/// HMAC-SHA-256 and HKDF-SHA-256 (RFC 5869) on libsodium's `crypto_auth_hmacsha256_*` functions
/// (libsodium 1.0.18 has no HKDF of its own).
enum HKDF {
    /// HMAC-SHA-256 output and block-independent key length.
    static let hashBytes = 32

    /// HMAC-SHA-256 of the concatenated `parts` under `key`, written to `out` (32 bytes).
    /// The HMAC state (which holds key-derived pads) is wiped afterwards.
    static func hmac(key: UnsafeRawBufferPointer, parts: [UnsafeRawBufferPointer], into out: UnsafeMutableRawPointer) {
        Sodium.require()
        var state = crypto_auth_hmacsha256_state()
        var dummy: UInt8 = 0
        withUnsafeMutablePointer(to: &state) { st in
            if let k = key.baseAddress, key.count > 0 {
                _ = crypto_auth_hmacsha256_init(st, k.assumingMemoryBound(to: UInt8.self), key.count)
            } else {
                _ = crypto_auth_hmacsha256_init(st, &dummy, 0)
            }
            for part in parts where part.count > 0 {
                _ = crypto_auth_hmacsha256_update(
                    st, part.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(part.count))
            }
            _ = crypto_auth_hmacsha256_final(st, out.assumingMemoryBound(to: UInt8.self))
            sodium_memzero(UnsafeMutableRawPointer(st), MemoryLayout<crypto_auth_hmacsha256_state>.size)
        }
    }

    /// HMAC-SHA-256 of public data under a secret key; the tag itself is not secret.
    static func hmac(key: SecureBytes, message: [UInt8]) -> [UInt8] {
        var tag = [UInt8](repeating: 0, count: hashBytes)
        key.withUnsafeBytes { k in
            message.withUnsafeBytes { m in
                tag.withUnsafeMutableBytes { t in hmac(key: k, parts: [m], into: t.baseAddress!) }
            }
        }
        return tag
    }

    /// HKDF-SHA-256: extract with `salt`, expand with `info` to `length` bytes (at most 255 × 32),
    /// all intermediate keys kept in secure memory.
    static func deriveKey(
        ikm: SecureBytes, salt: [UInt8], info: [UInt8], length: Int = 32
    ) throws(CryptoError) -> SecureBytes {
        precondition(length > 0 && length <= 255 * hashBytes, "HKDF output length out of range")
        // Extract: PRK = HMAC(salt, IKM).
        let prk = try SecureBytes(count: hashBytes) { out in
            ikm.withUnsafeBytes { i in
                salt.withUnsafeBytes { s in hmac(key: s, parts: [i], into: out.baseAddress!) }
            }
        }
        // Expand: T(n) = HMAC(PRK, T(n-1) || info || n), T(n) kept in a guarded scratch block.
        guard let scratch = sodium_malloc(hashBytes) else { throw .outOfSecureMemory }
        defer {
            sodium_memzero(scratch, hashBytes)
            sodium_free(scratch)
        }
        return try SecureBytes(count: length) { out in
            prk.withUnsafeBytes { p in
                info.withUnsafeBytes { inf in
                    var written = 0
                    var counter: UInt8 = 1
                    while written < length {
                        let previous = UnsafeRawBufferPointer(start: scratch, count: counter == 1 ? 0 : hashBytes)
                        withUnsafeBytes(of: counter) { c in
                            hmac(key: p, parts: [previous, inf, c], into: scratch)
                        }
                        let take = min(hashBytes, length - written)
                        (out.baseAddress! + written).copyMemory(from: scratch, byteCount: take)
                        written += take
                        counter &+= 1
                    }
                }
            }
        }
    }
}
