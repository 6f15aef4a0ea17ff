internal import CSodium

/// An Ed25519 signing key (libsodium `crypto_sign_*`). The 64-byte libsodium secret key (seed and
/// public key) lives in `SecureBytes`: `sodium_malloc` memory, zeroed when the key is released.
///
/// Immutable after creation, hence safe to share between tasks.
public final class Ed25519SigningKey: Sendable {
    /// Seed length (the portable private key form), 32 bytes.
    public static let seedByteCount = 32
    /// Public key length, 32 bytes.
    public static let publicKeyByteCount = 32
    /// Detached signature length, 64 bytes.
    public static let signatureByteCount = 64

    private let secretKey: SecureBytes
    /// The 32-byte public key.
    public let publicKey: [UInt8]

    private init(secretKey: SecureBytes, publicKey: [UInt8]) {
        self.secretKey = secretKey
        self.publicKey = publicKey
    }

    /// A fresh key from the system CSPRNG.
    public static func generate() throws(CryptoError) -> Ed25519SigningKey {
        let seed = try SecureBytes.random(count: seedByteCount)
        return try Ed25519SigningKey(seed: seed)
    }

    /// The key for a 32-byte seed (for example one the vault stored encrypted).
    public convenience init(seed: SecureBytes) throws(CryptoError) {
        Sodium.require()
        guard seed.count == Self.seedByteCount else {
            throw .invalidKeyLength(expected: Self.seedByteCount, actual: seed.count)
        }
        precondition(Int(crypto_sign_seedbytes()) == Self.seedByteCount)
        precondition(Int(crypto_sign_publickeybytes()) == Self.publicKeyByteCount)
        let secretCount = Int(crypto_sign_secretkeybytes())
        var publicKey = [UInt8](repeating: 0, count: Self.publicKeyByteCount)
        let secret = try SecureBytes(count: secretCount) { sk throws(CryptoError) in
            let rc = seed.withUnsafeBytes { s in
                crypto_sign_seed_keypair(
                    &publicKey, sk.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    s.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
            guard rc == 0 else { throw .operationFailed("Ed25519 key generation failed") }
        }
        self.init(secretKey: secret, publicKey: publicKey)
    }

    /// The 32-byte seed, in secure memory, so that the caller can store it encrypted.
    public func exportSeed() throws(CryptoError) -> SecureBytes {
        try SecureBytes(count: Self.seedByteCount) { out throws(CryptoError) in
            let rc = secretKey.withUnsafeBytes { sk in
                crypto_sign_ed25519_sk_to_seed(
                    out.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    sk.baseAddress!.assumingMemoryBound(to: UInt8.self))
            }
            guard rc == 0 else { throw .operationFailed("Ed25519 seed export failed") }
        }
    }

    /// The public key with its text encodings.
    public var verifyingKey: Ed25519PublicKey {
        // The 32 bytes come from libsodium, so the length check cannot fail.
        try! Ed25519PublicKey(bytes: publicKey)
    }

    /// A 64-byte detached signature over `message`.
    public func sign(_ message: [UInt8]) -> [UInt8] {
        Sodium.require()
        var signature = [UInt8](repeating: 0, count: Self.signatureByteCount)
        let source = message.isEmpty ? [UInt8(0)] : message
        let rc = secretKey.withUnsafeBytes { sk in
            crypto_sign_detached(
                &signature, nil, source, UInt64(message.count), sk.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        precondition(rc == 0, "crypto_sign_detached failed")
        return signature
    }

    /// Whether `signature` is a valid Ed25519 signature of `message` under the 32-byte `publicKey`.
    /// Wrong lengths are simply invalid.
    public static func verify(signature: [UInt8], message: [UInt8], publicKey: [UInt8]) -> Bool {
        Sodium.require()
        guard signature.count == Int(crypto_sign_bytes()), publicKey.count == Int(crypto_sign_publickeybytes()) else {
            return false
        }
        let source = message.isEmpty ? [UInt8(0)] : message
        return crypto_sign_verify_detached(signature, source, UInt64(message.count), publicKey) == 0
    }
}
