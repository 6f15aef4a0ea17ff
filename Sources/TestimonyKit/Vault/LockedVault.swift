public import Foundation
public import TestimonyCrypto
import TestimonyModel
import TestimonyStore

/// A vault on disk, not yet unlocked. Unlocking never writes, so a failed attempt leaves every
/// byte of the vault as it was.
public final class LockedVault: Sendable {
    /// Vault format version written by this build.
    public static let formatVersion = 1
    /// Shortest accepted passphrase, in bytes.
    public static let minimumPassphraseLength = 12
    static let recoveryContext = Array("testimony recovery kek v1".utf8)

    let store: VaultStore
    let header: VaultRow

    init(store: VaultStore, header: VaultRow) {
        self.store = store
        self.header = header
    }

    /// The vault directory.
    public var directory: URL { store.directory }

    /// Opens the vault database at `directory` without unlocking it.
    public static func open(at directory: URL) throws -> LockedVault {
        let store = try VaultStore.open(in: directory)
        let header = try store.vaultRow()
        guard header.formatVersion == formatVersion, header.id.count == 16 else {
            throw KitError.vaultIntegrity("unknown vault format \(header.formatVersion)")
        }
        return LockedVault(store: store, header: header)
    }

    /// Whether any passphrase slot uses below-floor (test-only) KDF parameters.
    public func usesInsecureTestKDF() throws -> Bool {
        try store.keySlots().contains { $0.kind == KeySlotKind.passphrase.rawValue && Self.parameters(of: $0).isBelowFloor }
    }

    /// Creates a vault with one passphrase slot and one recovery slot.
    /// - Returns: the unlocked vault and the recovery key's display form (show it once).
    public static func create(
        at directory: URL, passphrase: SecureBytes, policy: KDFPolicy
    ) throws -> (vault: UnlockedVault, recoveryKey: String) {
        guard passphrase.count >= minimumPassphraseLength else {
            throw KitError.passphraseTooShort(minimum: minimumPassphraseLength)
        }
        if VaultStore.exists(in: directory) { throw StoreError.vaultExists(path: directory.path) }
        try policy.parameters.validate(allowBelowFloor: policy.allowBelowFloor)
        let vaultID = Data(Random.bytes(16))
        let masterKey = try SecureBytes.random(count: AEAD.keyBytes)
        let day = Day.today()
        let passSlot = try passphraseSlot(
            passphrase: passphrase, masterKey: masterKey, vaultID: vaultID, parameters: policy.parameters, day: day)
        let (recovery, display) = try RecoveryKey.generate()
        let recoverySlot = try Self.recoverySlot(recoveryKey: recovery, masterKey: masterKey, vaultID: vaultID, day: day)
        let header = VaultRow(id: vaultID, formatVersion: formatVersion, createdDay: day)
        let store = try VaultStore.create(in: directory, vault: header, slots: [passSlot, recoverySlot])
        let slotID = try store.keySlots().first { $0.kind == KeySlotKind.passphrase.rawValue }?.id ?? 1
        let vault = UnlockedVault(store: store, vaultID: vaultID, masterKey: masterKey, unlockedSlotID: slotID, policy: policy)
        return (vault, display)
    }

    /// Unlocks with a passphrase, trying every passphrase slot. KDF parameters are checked against
    /// the floor and ceiling before any derivation runs.
    public func unlock(passphrase: SecureBytes, policy: KDFPolicy) throws -> UnlockedVault {
        let slots = try store.keySlots().filter { $0.kind == KeySlotKind.passphrase.rawValue }
        for slot in slots {
            do {
                try Self.parameters(of: slot).validate(allowBelowFloor: policy.allowBelowFloor)
            } catch {
                throw KitError.belowFloorRefused("key slot \(slot.id ?? 0): \(error.description); refusing to unlock")
            }
        }
        for slot in slots {
            guard slot.salt.count == PasswordKDF.saltBytes else { continue }
            let kek = try PasswordKDF.deriveKey(passphrase: passphrase, salt: Array(slot.salt), parameters: Self.parameters(of: slot))
            if let master = try? AEAD.openSecret(
                Array(slot.wrappedKey), key: kek, associatedData: AssociatedData.slot(vaultID: header.id, kind: slot.kind))
            {
                return UnlockedVault(store: store, vaultID: header.id, masterKey: master, unlockedSlotID: slot.id ?? 0, policy: policy)
            }
        }
        throw KitError.wrongPassphrase
    }

    /// Unlocks with the recovery key (its typed text form).
    public func unlock(recoveryKeyText: SecureBytes, policy: KDFPolicy) throws -> UnlockedVault {
        let key: SecureBytes
        do {
            key = try RecoveryKey.decode(recoveryKeyText)
        } catch {
            throw KitError.wrongRecoveryKey
        }
        let slots = try store.keySlots().filter { $0.kind == KeySlotKind.recovery.rawValue }
        guard !slots.isEmpty else { throw KitError.noRecoverySlot }
        for slot in slots {
            let kek = try KeyedHash.derive(key: key, message: Self.recoveryContext + Array(slot.salt))
            if let master = try? AEAD.openSecret(
                Array(slot.wrappedKey), key: kek, associatedData: AssociatedData.slot(vaultID: header.id, kind: slot.kind))
            {
                return UnlockedVault(store: store, vaultID: header.id, masterKey: master, unlockedSlotID: slot.id ?? 0, policy: policy)
            }
        }
        throw KitError.wrongRecoveryKey
    }

    static func parameters(of slot: KeySlotRow) -> KDFParameters {
        KDFParameters(
            algorithm: Int32(truncatingIfNeeded: slot.kdfAlgorithm), opsLimit: UInt64(max(0, slot.kdfOps)),
            memLimit: Int(slot.kdfMem))
    }

    static func passphraseSlot(
        passphrase: SecureBytes, masterKey: SecureBytes, vaultID: Data, parameters: KDFParameters, day: String
    ) throws -> KeySlotRow {
        let salt = Random.bytes(PasswordKDF.saltBytes)
        let kek = try PasswordKDF.deriveKey(passphrase: passphrase, salt: salt, parameters: parameters)
        let wrapped = try AEAD.sealSecret(
            masterKey, key: kek, associatedData: AssociatedData.slot(vaultID: vaultID, kind: KeySlotKind.passphrase.rawValue))
        return KeySlotRow(
            kind: KeySlotKind.passphrase.rawValue, kdfAlgorithm: Int64(parameters.algorithm), kdfOps: Int64(parameters.opsLimit),
            kdfMem: Int64(parameters.memLimit), salt: Data(salt), wrappedKey: Data(wrapped), createdDay: day)
    }

    static func recoverySlot(recoveryKey: SecureBytes, masterKey: SecureBytes, vaultID: Data, day: String) throws -> KeySlotRow {
        let salt = Random.bytes(16)
        let kek = try KeyedHash.derive(key: recoveryKey, message: recoveryContext + salt)
        let wrapped = try AEAD.sealSecret(
            masterKey, key: kek, associatedData: AssociatedData.slot(vaultID: vaultID, kind: KeySlotKind.recovery.rawValue))
        return KeySlotRow(
            kind: KeySlotKind.recovery.rawValue, kdfAlgorithm: 0, kdfOps: 0, kdfMem: 0, salt: Data(salt),
            wrappedKey: Data(wrapped), createdDay: day)
    }
}
