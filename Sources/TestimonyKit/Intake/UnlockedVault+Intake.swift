import Foundation
public import TestimonyCrypto
import TestimonyModel
import TestimonyStore

extension UnlockedVault {
    /// Creates a new intake identity (an age X25519 key pair). The secret is sealed under the master key;
    /// older identities stay, so envelopes made for them still open.
    /// - Returns: the public recipient (`age1…`).
    @discardableResult
    public func createIntakeIdentity() throws -> String {
        let identity = try AgeX25519Identity.generate()
        let secret = try identity.encoded()
        let ad = AssociatedData.intakeIdentity(vaultID: vaultID, recipient: identity.recipient)
        let wrapped = try AEAD.sealSecret(secret, key: masterKey, associatedData: ad)
        _ = try store.insertIntakeIdentity(IntakeIdentityRow(recipient: identity.recipient, createdDay: Day.today(), wrappedKey: Data(wrapped)))
        return identity.recipient
    }

    /// Public recipients, oldest first.
    public func intakeRecipients() throws -> [String] {
        try store.intakeIdentities().map(\.recipient)
    }

    /// Every intake identity, unsealed (for opening envelopes, or exporting a backup).
    public func intakeIdentities() throws -> [AgeX25519Identity] {
        try store.intakeIdentities().map { row in
            let ad = AssociatedData.intakeIdentity(vaultID: vaultID, recipient: row.recipient)
            let secret: SecureBytes
            do {
                secret = try AEAD.openSecret(Array(row.wrappedKey), key: masterKey, associatedData: ad)
            } catch {
                throw KitError.vaultIntegrity("intake identity \(row.id ?? 0) failed its integrity check")
            }
            do {
                return try AgeX25519Identity(encoded: secret)
            } catch {
                throw KitError.vaultIntegrity("intake identity \(row.id ?? 0) is not a valid age identity")
            }
        }
    }
}
