import Foundation
public import TestimonyCrypto
import TestimonyModel
import TestimonyStore

extension UnlockedVault {
    /// The organisation's corpus signing key (the newest), created on first use. Its seed is sealed
    /// under the master key, bound to its public key.
    public func corpusSigningKey(createIfMissing: Bool = true) throws -> Ed25519SigningKey {
        if let row = try store.signingKeys().last {
            let ad = AssociatedData.signingKey(vaultID: vaultID, publicKeyHex: Self.hex(row.publicKey))
            let seed: SecureBytes
            do {
                seed = try AEAD.openSecret(Array(row.wrappedKey), key: masterKey, associatedData: ad)
            } catch {
                throw KitError.vaultIntegrity("corpus signing key \(row.id ?? 0) failed its integrity check")
            }
            let key = try Ed25519SigningKey(seed: seed)
            guard key.publicKey == Array(row.publicKey) else {
                throw KitError.vaultIntegrity("corpus signing key \(row.id ?? 0) does not match its public key")
            }
            return key
        }
        guard createIfMissing else { throw KitError.io("this vault has no corpus signing key yet; `testimony corpus release` creates one") }
        return try rotateCorpusSigningKey()
    }

    /// Makes a new corpus signing key; later releases are signed with it. Researchers need the new
    /// public key: publish it the way the first one was.
    @discardableResult
    public func rotateCorpusSigningKey() throws -> Ed25519SigningKey {
        let key = try Ed25519SigningKey.generate()
        let ad = AssociatedData.signingKey(vaultID: vaultID, publicKeyHex: Self.hex(Data(key.publicKey)))
        let wrapped = try AEAD.sealSecret(try key.exportSeed(), key: masterKey, associatedData: ad)
        _ = try store.insertSigningKey(SigningKeyRow(publicKey: Data(key.publicKey), createdDay: Day.today(), wrappedKey: Data(wrapped)))
        return key
    }

    static func hex(_ data: Data) -> String {
        data.map { String(format: "%02x", $0) }.joined()
    }
}
