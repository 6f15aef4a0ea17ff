internal import CSodium

/// XChaCha20-Poly1305 (IETF) with random 24-byte nonces.
///
/// Blob layout: `[format byte = 1][nonce, 24 bytes][ciphertext + 16-byte tag]`.
/// The associated data is not stored: the caller rebuilds it from where the blob lives.
public enum AEAD {
    /// Format byte of blobs written by this version.
    public static let formatVersion: UInt8 = 1
    /// Key length in bytes.
    public static var keyBytes: Int { Int(crypto_aead_xchacha20poly1305_ietf_keybytes()) }
    /// Nonce length in bytes.
    public static var nonceBytes: Int { Int(crypto_aead_xchacha20poly1305_ietf_npubbytes()) }
    /// Tag length in bytes.
    public static var tagBytes: Int { Int(crypto_aead_xchacha20poly1305_ietf_abytes()) }
    /// Bytes a blob adds to its plaintext.
    public static var overhead: Int { 1 + nonceBytes + tagBytes }

    /// Encrypts `plaintext` bound to `associatedData`.
    /// - Returns: the blob (format byte, nonce, ciphertext and tag).
    public static func seal(_ plaintext: [UInt8], key: SecureBytes, associatedData: [UInt8]) throws(CryptoError) -> [UInt8] {
        Sodium.require()
        try checkKey(key)
        let nonceLength = nonceBytes
        let total = 1 + nonceLength + plaintext.count + tagBytes
        // Every byte is written below (format, nonce, ciphertext and tag), so skip zero-filling.
        return [UInt8](unsafeUninitializedCapacity: total) { out, initialized in
            let base = out.baseAddress!
            base[0] = formatVersion
            randombytes_buf(base + 1, nonceLength)
            key.withUnsafeBytes { k in
                plaintext.withUnsafeBytes { m in
                    associatedData.withUnsafeBytes { ad in
                        var written: UInt64 = 0
                        _ = crypto_aead_xchacha20poly1305_ietf_encrypt(
                            base + 1 + nonceLength, &written,
                            m.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(plaintext.count),
                            ad.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(associatedData.count),
                            nil, base + 1, k.baseAddress!.assumingMemoryBound(to: UInt8.self))
                    }
                }
            }
            initialized = total
        }
    }

    /// Decrypts and verifies a blob. Nothing is returned unless the whole blob authenticates.
    /// - Throws: `malformedCiphertext` for a short or unknown blob; `authenticationFailed` otherwise.
    public static func open(_ blob: [UInt8], key: SecureBytes, associatedData: [UInt8]) throws(CryptoError) -> [UInt8] {
        let length = try plaintextLength(of: blob, key: key)
        var out = [UInt8](repeating: 0, count: length)
        let ok = out.withUnsafeMutableBytes { o in
            decrypt(blob, key: key, associatedData: associatedData, into: o.baseAddress!)
        }
        guard ok else {
            Memory.wipe(&out)
            throw .authenticationFailed
        }
        return out
    }

    /// Decrypts a blob holding a key straight into secure memory.
    public static func openSecret(_ blob: [UInt8], key: SecureBytes, associatedData: [UInt8]) throws(CryptoError) -> SecureBytes {
        let length = try plaintextLength(of: blob, key: key)
        return try SecureBytes(count: length) { buffer throws(CryptoError) in
            guard decrypt(blob, key: key, associatedData: associatedData, into: buffer.baseAddress!) else {
                sodium_memzero(buffer.baseAddress!, length)
                throw .authenticationFailed
            }
        }
    }

    /// Encrypts a key held in secure memory (key wrapping).
    public static func sealSecret(_ secret: SecureBytes, key: SecureBytes, associatedData: [UInt8]) throws(CryptoError) -> [UInt8] {
        var plain = secret.exposedCopy()
        defer { Memory.wipe(&plain) }
        return try seal(plain, key: key, associatedData: associatedData)
    }

    private static func checkKey(_ key: SecureBytes) throws(CryptoError) {
        guard key.count == keyBytes else { throw .invalidKeyLength(expected: keyBytes, actual: key.count) }
    }

    private static func plaintextLength(of blob: [UInt8], key: SecureBytes) throws(CryptoError) -> Int {
        Sodium.require()
        try checkKey(key)
        guard blob.count >= overhead, blob[0] == formatVersion else { throw .malformedCiphertext }
        return blob.count - overhead
    }

    private static func decrypt(
        _ blob: [UInt8], key: SecureBytes, associatedData: [UInt8], into out: UnsafeMutableRawPointer
    ) -> Bool {
        let nonceLength = nonceBytes
        return blob.withUnsafeBytes { b in
            let base = b.baseAddress!.assumingMemoryBound(to: UInt8.self)
            return key.withUnsafeBytes { k in
                associatedData.withUnsafeBytes { ad in
                    var written: UInt64 = 0
                    return crypto_aead_xchacha20poly1305_ietf_decrypt(
                        out.assumingMemoryBound(to: UInt8.self), &written, nil,
                        base + 1 + nonceLength, UInt64(blob.count - 1 - nonceLength),
                        ad.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(associatedData.count),
                        base + 1, k.baseAddress!.assumingMemoryBound(to: UInt8.self)) == 0
                }
            }
        }
    }
}
