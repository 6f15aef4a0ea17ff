internal import CSodium

/// BLAKE2b keyed hashing, used to turn a full-entropy recovery key into a key-encryption key.
public enum KeyedHash {
    /// A 32-byte BLAKE2b hash of `message` keyed with `key`, in secure memory.
    public static func derive(key: SecureBytes, message: [UInt8]) throws(CryptoError) -> SecureBytes {
        Sodium.require()
        let outLength = 32
        return try SecureBytes(count: outLength) { out throws(CryptoError) in
            let rc = key.withUnsafeBytes { k in
                crypto_generichash(
                    out.baseAddress!.assumingMemoryBound(to: UInt8.self), outLength, message, UInt64(message.count),
                    k.baseAddress!.assumingMemoryBound(to: UInt8.self), key.count)
            }
            guard rc == 0 else { throw .operationFailed("keyed hash failed") }
        }
    }
}
