import Foundation
public import TestimonyCrypto
import TestimonyModel
import TestimonyStore

extension UnlockedVault {
    /// The vault's key slots.
    public func slots() throws -> [KeySlotInfo] {
        try store.keySlots().map { row in
            let kind = KeySlotKind(rawValue: row.kind) ?? .passphrase
            let kdf = kind == .recovery ? "recovery key (keyed BLAKE2b)" : LockedVault.parameters(of: row).description
            return KeySlotInfo(id: row.id ?? 0, kind: kind, kdf: kdf, createdDay: row.createdDay)
        }
    }

    /// Adds a passphrase slot wrapping the same master key; no data is re-encrypted.
    /// - Returns: the new slot's id.
    @discardableResult
    public func addPassphrase(_ passphrase: SecureBytes) throws -> Int64 {
        let row = try newPassphraseSlot(passphrase)
        return try store.insertSlot(row).id ?? 0
    }

    /// Replaces the passphrase of one slot (default: the slot that unlocked the vault).
    /// - Returns: the id of the slot changed.
    @discardableResult
    public func changePassphrase(slotID: Int64?, to passphrase: SecureBytes) throws -> Int64 {
        let rows = try store.keySlots()
        let passphraseSlots = rows.filter { $0.kind == KeySlotKind.passphrase.rawValue }
        var target: Int64
        if let slotID {
            target = slotID
        } else if passphraseSlots.contains(where: { $0.id == unlockedSlotID }) {
            target = unlockedSlotID
        } else if passphraseSlots.count == 1, let only = passphraseSlots[0].id {
            target = only
        } else {
            throw KitError.io("several passphrase slots exist; say which one to change with --slot (see `testimony keys list`)")
        }
        guard passphraseSlots.contains(where: { $0.id == target }) else {
            throw StoreError.unknownSlot(id: target)
        }
        var row = try newPassphraseSlot(passphrase)
        row.id = target
        try store.replaceSlot(row)
        return target
    }

    /// Removes a slot. The last passphrase slot cannot be removed.
    public func removeSlot(_ id: Int64) throws {
        let rows = try store.keySlots()
        guard let row = rows.first(where: { $0.id == id }) else { throw StoreError.unknownSlot(id: id) }
        if row.kind == KeySlotKind.passphrase.rawValue
            && rows.filter({ $0.kind == KeySlotKind.passphrase.rawValue }).count == 1
        {
            throw KitError.lastPassphraseSlot
        }
        try store.deleteSlot(id: id)
    }

    private func newPassphraseSlot(_ passphrase: SecureBytes) throws -> KeySlotRow {
        guard passphrase.count >= LockedVault.minimumPassphraseLength else {
            throw KitError.passphraseTooShort(minimum: LockedVault.minimumPassphraseLength)
        }
        let parameters = try parametersForNewSlot()
        return try LockedVault.passphraseSlot(
            passphrase: passphrase, masterKey: masterKey, vaultID: vaultID, parameters: parameters, day: Day.today())
    }

    /// New slots are at least as costly as the strongest existing passphrase slot, so a vault made
    /// with `--kdf sensitive` stays sensitive and the test policy never weakens a real vault.
    func parametersForNewSlot() throws -> KDFParameters {
        let existing = try store.keySlots().filter { $0.kind == KeySlotKind.passphrase.rawValue }.map(LockedVault.parameters(of:))
        let strongest = existing.max { ($0.memLimit, $0.opsLimit) < ($1.memLimit, $1.opsLimit) }
        var chosen = policy.parameters
        if let strongest, (strongest.memLimit, strongest.opsLimit) > (chosen.memLimit, chosen.opsLimit) { chosen = strongest }
        try chosen.validate(allowBelowFloor: policy.allowBelowFloor)
        return chosen
    }
}
