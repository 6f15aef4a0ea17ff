internal import CSodium

/// The age scrypt recipient: passphrase → wrap key with scrypt (N = 2^logN, r = 8, p = 1).
enum AgeScrypt {
    static let stanzaType = "scrypt"
    static let saltBytes = 16
    static let label = Array("age-encryption.org/v1/scrypt".utf8)
    /// Lowest and highest work factors accepted when encrypting.
    static let workFactorRange = 1...22

    /// scrypt(passphrase, label || salt, 2^logN, 8, 1) → 32-byte wrap key.
    static func wrapKey(passphrase: SecureBytes, salt: [UInt8], logN: Int) throws(CryptoError) -> SecureBytes {
        Sodium.require()
        let fullSalt = label + salt
        return try SecureBytes(count: AgeChaCha.keyBytes) { out throws(CryptoError) in
            let rc = passphrase.withUnsafeBytes { p in
                crypto_pwhash_scryptsalsa208sha256_ll(
                    p.baseAddress!.assumingMemoryBound(to: UInt8.self), p.count, fullSalt, fullSalt.count,
                    UInt64(1) << UInt64(logN), 8, 1, out.baseAddress!.assumingMemoryBound(to: UInt8.self), out.count)
            }
            guard rc == 0 else { throw .keyDerivationFailed }
        }
    }

    /// Makes the scrypt stanza wrapping `fileKey` under `passphrase`.
    static func wrap(_ fileKey: SecureBytes, passphrase: SecureBytes, workFactor: Int) throws(CryptoError) -> AgeStanza {
        guard workFactorRange.contains(workFactor) else {
            throw .kdfParametersRejected("age scrypt work factor must be in \(workFactorRange), got \(workFactor)")
        }
        let salt = Random.bytes(saltBytes)
        let key = try wrapKey(passphrase: passphrase, salt: salt, logN: workFactor)
        return AgeStanza(
            type: stanzaType, arguments: [AgeBase64.encodeString(salt), String(workFactor)],
            body: AgeChaCha.wrap(fileKey, key: key))
    }

    /// Tries to unwrap the file key from `stanza` with `passphrase`.
    /// - Returns: nil when the stanza is not an scrypt stanza or the passphrase is wrong.
    /// - Throws: `headerFailure` for a malformed stanza, `workFactorTooHigh` above `maxWorkFactor`.
    static func unwrap(_ stanza: AgeStanza, passphrase: SecureBytes, maxWorkFactor: Int) throws(AgeError) -> SecureBytes? {
        guard stanza.type == stanzaType else { return nil }
        guard stanza.arguments.count == 2 else { throw .headerFailure("scrypt stanza must have two arguments") }
        guard let salt = AgeBase64.decode(stanza.arguments[0].utf8), salt.count == saltBytes else {
            throw .headerFailure("scrypt stanza has a malformed salt")
        }
        let factor = Array(stanza.arguments[1].utf8)
        // Canonical decimal only: no sign, no leading zero, digits only.
        guard let first = factor.first, first >= UInt8(ascii: "1"), first <= UInt8(ascii: "9"),
            factor.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { throw .headerFailure("scrypt work factor is not a canonical decimal number") }
        guard let logN = Int(stanza.arguments[1]) else { throw .headerFailure("scrypt work factor out of range") }
        guard logN <= maxWorkFactor else { throw .workFactorTooHigh(logN) }
        guard logN < 64 else { throw .headerFailure("scrypt work factor out of range") }
        guard stanza.body.count == AgeFormat.fileKeyBytes + AgeChaCha.tagBytes else {
            throw .headerFailure("scrypt stanza body has the wrong length")
        }
        let key: SecureBytes
        do {
            key = try wrapKey(passphrase: passphrase, salt: salt, logN: logN)
        } catch {
            throw .headerFailure("scrypt key derivation failed (not enough memory for work factor \(logN)?)")
        }
        return try AgeChaCha.unwrap(stanza.body, key: key)
    }
}
