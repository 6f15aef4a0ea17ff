/// An Ed25519 public key and its two published encodings: SPKI PEM (`corpus-signing.pem`, what
/// `openssl pkeyutl` reads) and the raw 32 bytes in base64 on one line (`corpus-signing.pub`).
public struct Ed25519PublicKey: Sendable, Equatable, Hashable {
    /// DER of the SPKI header for an Ed25519 key (RFC 8410): SEQUENCE { SEQUENCE { OID 1.3.101.112 },
    /// BIT STRING (0 unused bits) … }, followed by the 32 key bytes.
    static let spkiPrefix: [UInt8] = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00]
    static let pemBegin = "-----BEGIN PUBLIC KEY-----"
    static let pemEnd = "-----END PUBLIC KEY-----"

    /// The raw 32 bytes.
    public let bytes: [UInt8]

    /// A key from its raw 32 bytes.
    public init(bytes: [UInt8]) throws(Ed25519KeyEncodingError) {
        guard bytes.count == Ed25519SigningKey.publicKeyByteCount else {
            throw .wrongLength(expected: Ed25519SigningKey.publicKeyByteCount, actual: bytes.count)
        }
        self.bytes = bytes
    }

    /// Whether `signature` is a valid signature of `message` under this key.
    public func isValidSignature(_ signature: [UInt8], for message: [UInt8]) -> Bool {
        Ed25519SigningKey.verify(signature: signature, message: message, publicKey: bytes)
    }

    /// The raw key in standard padded base64 on one line, with a final `\n`.
    public var base64Encoded: String {
        PEMBase64.encode(bytes) + "\n"
    }

    /// The SPKI PEM (`-----BEGIN PUBLIC KEY-----`), with a final `\n`.
    public var pemEncoded: String {
        "\(Self.pemBegin)\n\(PEMBase64.encode(Self.spkiPrefix + bytes))\n\(Self.pemEnd)\n"
    }

    /// Parses the one-line base64 form (surrounding whitespace and a final newline are allowed).
    public init(base64 text: String) throws(Ed25519KeyEncodingError) {
        let trimmed = Self.trim(text)
        if trimmed.hasPrefix("-----") { throw .notBase64(reason: "this is a PEM file; read it as PEM") }
        guard !trimmed.contains(where: { $0.isWhitespace }) else {
            throw .notBase64(reason: "the key must be one line without spaces")
        }
        guard let raw = PEMBase64.decode(trimmed) else { throw .notBase64(reason: "not valid base64") }
        try self.init(bytes: raw)
    }

    /// Parses an SPKI PEM holding an Ed25519 public key.
    public init(pem text: String) throws(Ed25519KeyEncodingError) {
        let lines = text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .map { Self.trim(String($0)) }.filter { !$0.isEmpty }
        guard let first = lines.first, first.hasPrefix("-----BEGIN ") else { throw .notPEM }
        guard first == Self.pemBegin else { throw .wrongPEMLabel(found: first) }
        guard let endIndex = lines.firstIndex(of: Self.pemEnd) else { throw .notPEM }
        guard endIndex == lines.count - 1 else { throw .trailingData }
        let body = lines[1..<endIndex].joined()
        guard let der = PEMBase64.decode(body) else { throw .notBase64(reason: "the PEM body is not valid base64") }
        guard der.count == Self.spkiPrefix.count + Ed25519SigningKey.publicKeyByteCount,
            Array(der.prefix(Self.spkiPrefix.count)) == Self.spkiPrefix
        else { throw .notEd25519 }
        try self.init(bytes: Array(der.dropFirst(Self.spkiPrefix.count)))
    }

    /// Parses either encoding: PEM if the text starts with `-----BEGIN`, else one-line base64.
    public init(parsing text: String) throws(Ed25519KeyEncodingError) {
        if Self.trim(text).hasPrefix("-----BEGIN") {
            try self.init(pem: text)
        } else {
            try self.init(base64: text)
        }
    }

    private static func trim(_ text: String) -> String {
        var s = Substring(text)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
