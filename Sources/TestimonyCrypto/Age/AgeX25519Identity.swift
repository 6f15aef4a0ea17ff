internal import CSodium

/// An age X25519 identity (secret key). The 32-byte scalar lives in `SecureBytes`.
public struct AgeX25519Identity: Sendable {
    static let keyBytes = 32
    static let secretPrefix = Array("AGE-SECRET-KEY-".utf8)
    static let recipientPrefix = Array("age".utf8)
    static let stanzaType = "X25519"
    static let wrapInfo = Array("age-encryption.org/v1/X25519".utf8)

    let secretKey: SecureBytes
    let publicKey: [UInt8]
    private let recipientText: String

    /// The public recipient, `age1…` (lowercase Bech32).
    public var recipient: String { recipientText }

    private init(secretKey: SecureBytes) throws(CryptoError) {
        self.secretKey = secretKey
        var pub = [UInt8](repeating: 0, count: Self.keyBytes)
        let rc = secretKey.withUnsafeBytes { s in
            crypto_scalarmult_curve25519_base(&pub, s.baseAddress!.assumingMemoryBound(to: UInt8.self))
        }
        guard rc == 0 else { throw .operationFailed("X25519 public key derivation failed") }
        publicKey = pub
        recipientText = pub.withUnsafeBytes { p in
            String(decoding: Bech32.encode(hrp: Self.recipientPrefix, data: p, uppercase: false), as: UTF8.self)
        }
    }

    /// A new random identity.
    public static func generate() throws(CryptoError) -> AgeX25519Identity {
        try AgeX25519Identity(secretKey: SecureBytes.random(count: keyBytes))
    }

    /// Parses an `AGE-SECRET-KEY-1…` identity (uppercase Bech32).
    ///
    /// Surrounding whitespace is ignored, and so is the content of an `age-keygen` key file:
    /// empty lines and `#` comment lines are skipped, and exactly one key line must remain.
    /// - Throws: `headerFailure` when the text is not exactly one valid X25519 identity.
    public init(encoded: SecureBytes) throws(AgeError) {
        let invalid = AgeError.headerFailure("not an age X25519 identity (expected AGE-SECRET-KEY-1…)")
        var secret: [UInt8]? = encoded.withUnsafeBytes { text -> [UInt8]? in
            var keyLine: UnsafeRawBufferPointer?
            var start = 0
            while start <= text.count {
                let end = text[start...].firstIndex(of: UInt8(ascii: "\n")) ?? text.count
                var lo = start
                var hi = end
                while lo < hi, Self.isSpace(text[lo]) { lo += 1 }
                while hi > lo, Self.isSpace(text[hi - 1]) { hi -= 1 }
                if lo < hi && text[lo] != UInt8(ascii: "#") {
                    guard keyLine == nil else { return nil }
                    keyLine = UnsafeRawBufferPointer(rebasing: text[lo..<hi])
                }
                start = end + 1
            }
            guard let keyLine, var decoded = Bech32.decode(keyLine) else { return nil }
            guard decoded.hrp == Self.secretPrefix, decoded.data.count == Self.keyBytes else {
                Memory.wipe(&decoded.data)
                return nil
            }
            return decoded.data
        }
        guard var bytes = secret else { throw invalid }
        secret = nil
        do {
            try self.init(secretKey: SecureBytes(wiping: &bytes))
        } catch {
            Memory.wipe(&bytes)
            throw invalid
        }
    }

    private static func isSpace(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0D || c == 0x0A
    }

    /// The identity as `AGE-SECRET-KEY-1…` text (uppercase Bech32), in secure memory.
    public func encoded() throws(CryptoError) -> SecureBytes {
        var text = secretKey.withUnsafeBytes { s in Bech32.encode(hrp: Self.secretPrefix, data: s, uppercase: true) }
        return try SecureBytes(wiping: &text)
    }

    /// Decodes an `age1…` recipient into its 32-byte X25519 public key, or nil.
    static func publicKey(fromRecipient recipient: String) -> [UInt8]? {
        let bytes = Array(recipient.utf8)
        guard let decoded = bytes.withUnsafeBytes({ Bech32.decode($0) }),
            decoded.hrp == recipientPrefix, decoded.data.count == keyBytes
        else { return nil }
        return decoded.data
    }

    /// The wrap key HKDF(shared, share || recipient, "age-encryption.org/v1/X25519"),
    /// refusing an all-zero shared secret (low-order point).
    private static func wrapKey(
        secret: UnsafeRawBufferPointer, peer: [UInt8], share: [UInt8], recipient: [UInt8]
    ) throws(AgeError) -> SecureBytes {
        do {
            let shared = try SecureBytes(count: keyBytes) { out throws(CryptoError) in
                let rc = crypto_scalarmult_curve25519(
                    out.baseAddress!.assumingMemoryBound(to: UInt8.self),
                    secret.baseAddress!.assumingMemoryBound(to: UInt8.self), peer)
                // libsodium refuses low-order points (rc -1); check for all zeros as well.
                if rc != 0 || sodium_is_zero(out.baseAddress!.assumingMemoryBound(to: UInt8.self), keyBytes) == 1 {
                    sodium_memzero(out.baseAddress!, keyBytes)
                    throw .operationFailed("low-order X25519 point")
                }
            }
            return try HKDF.deriveKey(ikm: shared, salt: share + recipient, info: wrapInfo)
        } catch .operationFailed {
            throw .headerFailure("X25519 share is a low-order point (all-zero shared secret)")
        } catch {
            throw .headerFailure("could not allocate secure memory")
        }
    }

    /// Makes an X25519 stanza wrapping `fileKey` for the recipient public key `recipient`.
    static func wrap(_ fileKey: SecureBytes, to recipient: [UInt8]) throws(AgeError) -> AgeStanza {
        let ephemeral: SecureBytes
        do { ephemeral = try SecureBytes.random(count: keyBytes) } catch { throw .headerFailure("\(error)") }
        var share = [UInt8](repeating: 0, count: keyBytes)
        let key = try ephemeral.withUnsafeBytes { e throws(AgeError) in
            _ = crypto_scalarmult_curve25519_base(&share, e.baseAddress!.assumingMemoryBound(to: UInt8.self))
            return try wrapKey(secret: e, peer: recipient, share: share, recipient: recipient)
        }
        return AgeStanza(
            type: stanzaType, arguments: [AgeBase64.encodeString(share)], body: AgeChaCha.wrap(fileKey, key: key))
    }

    /// Tries to unwrap the file key from `stanza`.
    /// - Returns: nil when the stanza is not an X25519 stanza or not addressed to this identity.
    /// - Throws: `headerFailure` for a malformed X25519 stanza.
    func unwrap(_ stanza: AgeStanza) throws(AgeError) -> SecureBytes? {
        guard stanza.type == Self.stanzaType else { return nil }
        guard stanza.arguments.count == 1 else { throw .headerFailure("X25519 stanza must have one argument") }
        guard let share = AgeBase64.decode(stanza.arguments[0].utf8), share.count == Self.keyBytes else {
            throw .headerFailure("X25519 stanza has a malformed ephemeral share")
        }
        guard stanza.body.count == AgeFormat.fileKeyBytes + AgeChaCha.tagBytes else {
            throw .headerFailure("X25519 stanza body has the wrong length")
        }
        let key = try secretKey.withUnsafeBytes { s throws(AgeError) in
            try Self.wrapKey(secret: s, peer: share, share: share, recipient: publicKey)
        }
        return try AgeChaCha.unwrap(stanza.body, key: key)
    }
}
