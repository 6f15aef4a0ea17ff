/// Why a published Ed25519 public key could not be read. Descriptions never quote the key text.
public enum Ed25519KeyEncodingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The key does not have 32 bytes.
    case wrongLength(expected: Int, actual: Int)
    /// The one-line form is not base64 (or not one line).
    case notBase64(reason: String)
    /// No `-----BEGIN …-----` / `-----END …-----` frame.
    case notPEM
    /// A PEM of another kind (a private key, a certificate, …); holds the BEGIN line.
    case wrongPEMLabel(found: String)
    /// The PEM holds a public key that is not Ed25519 (or not in SPKI form).
    case notEd25519
    /// Something follows the END line.
    case trailingData

    public var description: String {
        switch self {
        case .wrongLength(let expected, let actual):
            "an Ed25519 public key has \(expected) bytes, this one has \(actual)"
        case .notBase64(let reason): "public key is not one line of base64: \(reason)"
        case .notPEM: "public key is not a PEM file (no BEGIN/END PUBLIC KEY lines)"
        case .wrongPEMLabel(let found):
            "expected \(Ed25519PublicKey.pemBegin), found \(found.prefix(40)) (never pass a private key)"
        case .notEd25519: "the PEM public key is not an Ed25519 key in SPKI form"
        case .trailingData: "unexpected text after -----END PUBLIC KEY-----"
        }
    }
}
