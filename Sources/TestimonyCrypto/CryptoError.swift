/// Errors from the crypto layer. Descriptions never contain key material or plaintext.
public enum CryptoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libsodium could not be initialised.
    case initializationFailed
    /// A ciphertext failed authentication: altered, truncated, moved, or the wrong key.
    case authenticationFailed
    /// A blob is shorter than its fixed header or has an unknown format byte.
    case malformedCiphertext
    /// A key had the wrong length.
    case invalidKeyLength(expected: Int, actual: Int)
    /// Secure memory could not be allocated.
    case outOfSecureMemory
    /// Argon2id failed (usually: not enough memory for the requested limit).
    case keyDerivationFailed
    /// KDF parameters in a header are outside the accepted range.
    case kdfParametersRejected(String)
    /// Reading a secret from a file descriptor failed.
    case readFailed(String)
    /// A signature or public-key operation failed.
    case operationFailed(String)

    public var description: String {
        switch self {
        case .initializationFailed: "libsodium could not be initialised"
        case .authenticationFailed: "integrity check failed (data altered, truncated, moved or wrong key)"
        case .malformedCiphertext: "malformed ciphertext"
        case .invalidKeyLength(let expected, let actual): "key has \(actual) bytes, expected \(expected)"
        case .outOfSecureMemory: "could not allocate locked memory for secrets"
        case .keyDerivationFailed: "passphrase key derivation failed (not enough memory?)"
        case .kdfParametersRejected(let why): "key-derivation parameters refused: \(why)"
        case .readFailed(let why): "could not read secret: \(why)"
        case .operationFailed(let why): why
        }
    }
}
