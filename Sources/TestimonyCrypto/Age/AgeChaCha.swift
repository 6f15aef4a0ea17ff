internal import CSodium

/// ChaCha20-Poly1305 (IETF, 12-byte nonce) as age uses it, for file-key wrapping and STREAM chunks.
enum AgeChaCha {
    static let keyBytes = 32
    static let nonceBytes = 12
    static let tagBytes = 16

    /// Encrypts `count` bytes at `message` into `out` (count + 16 bytes).
    static func seal(
        _ message: UnsafeRawPointer?, count: Int, key: UnsafeRawBufferPointer, nonce: [UInt8],
        into out: UnsafeMutableRawPointer
    ) {
        Sodium.require()
        precondition(key.count == keyBytes && nonce.count == nonceBytes)
        var written: UInt64 = 0
        _ = crypto_aead_chacha20poly1305_ietf_encrypt(
            out.assumingMemoryBound(to: UInt8.self), &written, message?.assumingMemoryBound(to: UInt8.self),
            UInt64(count), nil, 0, nil, nonce,
            key.baseAddress!.assumingMemoryBound(to: UInt8.self))
    }

    /// Decrypts and verifies `count` bytes (ciphertext and tag) at `ciphertext` into `out`
    /// (count − 16 bytes). Returns false (writing nothing usable) if the tag does not verify.
    static func open(
        _ ciphertext: UnsafeRawPointer, count: Int, key: UnsafeRawBufferPointer, nonce: [UInt8],
        into out: UnsafeMutableRawPointer?
    ) -> Bool {
        Sodium.require()
        precondition(key.count == keyBytes && nonce.count == nonceBytes)
        guard count >= tagBytes else { return false }
        var written: UInt64 = 0
        return crypto_aead_chacha20poly1305_ietf_decrypt(
            out?.assumingMemoryBound(to: UInt8.self), &written, nil, ciphertext.assumingMemoryBound(to: UInt8.self),
            UInt64(count), nil, 0, nonce, key.baseAddress!.assumingMemoryBound(to: UInt8.self)) == 0
    }

    /// Wraps a file key (nonce zero): the stanza body.
    static func wrap(_ fileKey: SecureBytes, key: SecureBytes) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: fileKey.count + tagBytes)
        fileKey.withUnsafeBytes { f in
            key.withUnsafeBytes { k in
                out.withUnsafeMutableBytes { o in
                    seal(f.baseAddress, count: f.count, key: k, nonce: [UInt8](repeating: 0, count: nonceBytes),
                        into: o.baseAddress!)
                }
            }
        }
        return out
    }

    /// Unwraps a 16-byte file key from a stanza body (nonce zero) into secure memory.
    /// - Returns: nil when the body does not authenticate under `key` (not this recipient).
    /// - Throws: `headerFailure` when the body has the wrong length for a 16-byte file key.
    static func unwrap(_ body: [UInt8], key: SecureBytes) throws(AgeError) -> SecureBytes? {
        guard body.count == AgeFormat.fileKeyBytes + tagBytes else {
            throw .headerFailure("stanza body has \(body.count) bytes, expected \(AgeFormat.fileKeyBytes + tagBytes)")
        }
        do {
            return try SecureBytes(count: AgeFormat.fileKeyBytes) { out throws(CryptoError) in
                let ok = key.withUnsafeBytes { k in
                    body.withUnsafeBytes { b in
                        open(b.baseAddress!, count: b.count, key: k, nonce: [UInt8](repeating: 0, count: nonceBytes),
                            into: out.baseAddress!)
                    }
                }
                guard ok else {
                    sodium_memzero(out.baseAddress!, out.count)
                    throw .authenticationFailed
                }
            }
        } catch .authenticationFailed {
            return nil
        } catch {
            throw .headerFailure("could not allocate secure memory for the file key")
        }
    }
}
