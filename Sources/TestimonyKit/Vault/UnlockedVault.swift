public import Foundation
import TestimonyCrypto
import TestimonyStore

/// An unlocked vault: holds the master key in secure memory for the life of one command.
public final class UnlockedVault: Sendable {
    let store: VaultStore
    let vaultID: Data
    let masterKey: SecureBytes
    /// The slot that opened the vault.
    public let unlockedSlotID: Int64
    /// KDF policy for new slots.
    public let policy: KDFPolicy

    init(store: VaultStore, vaultID: Data, masterKey: SecureBytes, unlockedSlotID: Int64, policy: KDFPolicy) {
        self.store = store
        self.vaultID = vaultID
        self.masterKey = masterKey
        self.unlockedSlotID = unlockedSlotID
        self.policy = policy
    }

    /// The vault directory.
    public var directory: URL { store.directory }
}
