internal import CSodium

/// Passphrase → key-encryption key with Argon2id (`crypto_pwhash`).
public enum PasswordKDF {
    /// Salt length in bytes.
    public static var saltBytes: Int { Int(crypto_pwhash_saltbytes()) }

    /// Derives a 32-byte key. Parameters must already be validated.
    public static func deriveKey(
        passphrase: SecureBytes, salt: [UInt8], parameters: KDFParameters
    ) throws(CryptoError) -> SecureBytes {
        Sodium.require()
        guard salt.count == saltBytes else { throw .invalidKeyLength(expected: saltBytes, actual: salt.count) }
        let outLength = AEAD.keyBytes
        return try SecureBytes(count: outLength) { out throws(CryptoError) in
            let rc = passphrase.withUnsafeBytes { p in
                crypto_pwhash(
                    out.baseAddress!.assumingMemoryBound(to: UInt8.self), UInt64(outLength),
                    p.baseAddress!.assumingMemoryBound(to: CChar.self), UInt64(passphrase.count),
                    salt, parameters.opsLimit, parameters.memLimit, parameters.algorithm)
            }
            guard rc == 0 else { throw .keyDerivationFailed }
        }
    }
}
