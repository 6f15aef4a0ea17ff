internal import CSodium

/// The age v1 file format (C2SP age): X25519 and scrypt recipients, no ASCII armor.
///
/// Everything happens in memory. Decryption never returns plaintext unless the header MAC and
/// every payload chunk authenticated, all the way to the end of the file.
public enum Age {
    /// A key that can unwrap stanzas: an X25519 identity or a passphrase.
    enum UnwrapKey {
        case x25519(AgeX25519Identity)
        case passphrase(SecureBytes, maxWorkFactor: Int)
    }

    /// Whether `recipient` is a valid `age1…` X25519 recipient (lowercase Bech32, 32-byte key).
    public static func isValidRecipient(_ recipient: String) -> Bool {
        AgeX25519Identity.publicKey(fromRecipient: recipient) != nil
    }

    /// Encrypts to one or more `age1…` recipients.
    /// - Throws: `CryptoError.operationFailed` for an empty list, an invalid recipient or a
    ///   low-order (unusable) recipient key.
    public static func encrypt(_ plaintext: [UInt8], to recipients: [String]) throws -> [UInt8] {
        guard !recipients.isEmpty else { throw CryptoError.operationFailed("age encryption needs at least one recipient") }
        var keys: [[UInt8]] = []
        for recipient in recipients {
            guard let key = AgeX25519Identity.publicKey(fromRecipient: recipient) else {
                throw CryptoError.operationFailed("not a valid age recipient (expected age1…)")
            }
            keys.append(key)
        }
        let fileKey = try SecureBytes.random(count: AgeFormat.fileKeyBytes)
        var stanzas: [AgeStanza] = []
        for key in keys {
            do {
                stanzas.append(try AgeX25519Identity.wrap(fileKey, to: key))
            } catch {
                throw CryptoError.operationFailed("cannot encrypt to this age recipient (\(error))")
            }
        }
        return try seal(plaintext, stanzas: stanzas, fileKey: fileKey)
    }

    /// Encrypts with a passphrase (scrypt recipient, N = 2^workFactor).
    /// - Throws: `CryptoError.kdfParametersRejected` for a work factor outside 1...22.
    public static func encrypt(_ plaintext: [UInt8], passphrase: SecureBytes, workFactor: Int = 18) throws -> [UInt8] {
        let fileKey = try SecureBytes.random(count: AgeFormat.fileKeyBytes)
        let stanza = try AgeScrypt.wrap(fileKey, passphrase: passphrase, workFactor: workFactor)
        return try seal(plaintext, stanzas: [stanza], fileKey: fileKey)
    }

    private static func seal(_ plaintext: [UInt8], stanzas: [AgeStanza], fileKey: SecureBytes) throws(CryptoError) -> [UInt8] {
        var out = try AgeHeader.encode(stanzas, fileKey: fileKey)
        let nonce = Random.bytes(AgeFormat.payloadNonceBytes)
        let payloadKey = try HKDF.deriveKey(ikm: fileKey, salt: nonce, info: AgeFormat.payloadKeyInfo)
        out.append(contentsOf: nonce)
        out.append(contentsOf: AgeStream.encrypt(plaintext, key: payloadKey))
        return out
    }

    /// Decrypts a file encrypted to X25519 recipients.
    /// - Throws: `noMatch` when no identity matches (including a passphrase-encrypted file),
    ///   `hmacFailure`, `headerFailure`, `payloadFailure` or `armorUnsupported`.
    public static func decrypt(_ file: [UInt8], identities: [AgeX25519Identity]) throws(AgeError) -> [UInt8] {
        var result = decrypt(file, keys: identities.map { .x25519($0) })
        return try finish(&result)
    }

    /// Decrypts a passphrase-encrypted (scrypt) file.
    /// - Throws: `workFactorTooHigh` above `maxWorkFactor`, `noMatch` for a wrong passphrase or a
    ///   file encrypted to X25519 recipients, and the other `AgeError` cases.
    public static func decrypt(_ file: [UInt8], passphrase: SecureBytes, maxWorkFactor: Int = 22) throws(AgeError) -> [UInt8] {
        var result = decrypt(file, keys: [.passphrase(passphrase, maxWorkFactor: maxWorkFactor)])
        return try finish(&result)
    }

    /// Returns the plaintext only when nothing failed; otherwise wipes what was decrypted and throws.
    /// (`inout` so the wipe reaches the one buffer instead of a copy-on-write duplicate.)
    private static func finish(_ result: inout (released: [UInt8], error: AgeError?)) throws(AgeError) -> [UInt8] {
        if let error = result.error {
            Memory.wipe(&result.released)
            throw error
        }
        return result.released
    }

    /// Unwraps the file key and checks the header MAC.
    /// - Returns: the payload key and where the STREAM starts.
    static func openHeader(_ file: [UInt8], keys: [UnwrapKey]) throws(AgeError) -> (payloadKey: SecureBytes, streamOffset: Int) {
        let header = try AgeHeader.parse(file)
        if header.stanzas.contains(where: { $0.type == AgeScrypt.stanzaType }) && header.stanzas.count != 1 {
            throw .headerFailure("an scrypt stanza must be the only stanza")
        }
        var fileKey: SecureBytes?
        search: for key in keys {
            for stanza in header.stanzas {
                switch key {
                case .x25519(let identity):
                    fileKey = try identity.unwrap(stanza)
                case .passphrase(let passphrase, let maxWorkFactor):
                    fileKey = try AgeScrypt.unwrap(stanza, passphrase: passphrase, maxWorkFactor: maxWorkFactor)
                }
                if fileKey != nil { break search }
            }
        }
        guard let fileKey else { throw .noMatch }
        let expected: [UInt8]
        do {
            expected = try AgeHeader.computeMAC(over: file[..<header.macInputEnd], fileKey: fileKey)
        } catch {
            throw .headerFailure("could not allocate secure memory")
        }
        guard sodium_memcmp(expected, header.mac, AgeFormat.macBytes) == 0 else { throw .hmacFailure }
        let nonceEnd = header.payloadOffset + AgeFormat.payloadNonceBytes
        guard file.count >= nonceEnd else { throw .headerFailure("file ends before the payload nonce") }
        let payloadKey: SecureBytes
        do {
            payloadKey = try HKDF.deriveKey(
                ikm: fileKey, salt: Array(file[header.payloadOffset..<nonceEnd]), info: AgeFormat.payloadKeyInfo)
        } catch {
            throw .headerFailure("could not allocate secure memory")
        }
        return (payloadKey, nonceEnd)
    }

    /// Decrypts with any mix of keys. Header-stage errors come back with nothing released; payload
    /// errors come back with what a streaming reader would have released first (for tests).
    static func decrypt(_ file: [UInt8], keys: [UnwrapKey]) -> (released: [UInt8], error: AgeError?) {
        do {
            let (payloadKey, offset) = try openHeader(file, keys: keys)
            return AgeStream.decrypt(file[offset...], key: payloadKey)
        } catch {
            return ([], error)
        }
    }
}
