/// Errors from reading or writing age (age-encryption.org/v1) files.
///
/// The cases follow the failure classes of the C2SP age test suite. Descriptions never contain
/// key material, passphrases or plaintext.
public enum AgeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The header parsed, but no recipient stanza could be unwrapped with the given identities or passphrase.
    case noMatch
    /// A file key was unwrapped, but the header MAC did not verify (the header was altered).
    case hmacFailure
    /// The header (or an identity string) is malformed.
    case headerFailure(String)
    /// The encrypted payload did not decrypt all the way to its end (altered, truncated or extended).
    case payloadFailure(String)
    /// The input is ASCII-armored (`-----BEGIN AGE ENCRYPTED FILE-----`), which is not supported.
    case armorUnsupported
    /// An scrypt stanza asks for a work factor (log2 N) above the accepted ceiling.
    case workFactorTooHigh(Int)

    public var description: String {
        switch self {
        case .noMatch: "no identity or passphrase matches any recipient of this age file"
        case .hmacFailure: "the age header failed its integrity check (altered header or wrong key)"
        case .headerFailure(let why): "malformed age header: \(why)"
        case .payloadFailure(let why): "age payload failed to decrypt: \(why)"
        case .armorUnsupported: "ASCII-armored age files are not supported (decode the armor first)"
        case .workFactorTooHigh(let logN): "scrypt work factor \(logN) is above the accepted maximum"
        }
    }
}
