import Foundation
import TestimonyStore
import TestimonyTestSupport

/// Synthetic rows for store tests (opaque ids, fake ciphertext bytes).
enum StoreTestHelpers {
    static let day = "2024-03-15"

    static func bytes(_ count: Int, seed: UInt8) -> Data {
        Data((0..<count).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ Int(seed)) })
    }

    static func vaultRow() -> VaultRow {
        VaultRow(id: bytes(16, seed: 1), formatVersion: 1, createdDay: day)
    }

    static func passphraseSlot(seed: UInt8 = 2) -> KeySlotRow {
        KeySlotRow(
            kind: "passphrase", kdfAlgorithm: 2, kdfOps: 1, kdfMem: 8192, salt: bytes(16, seed: seed),
            wrappedKey: bytes(73, seed: seed &+ 1), createdDay: day)
    }

    static func recoverySlot() -> KeySlotRow {
        KeySlotRow(
            kind: "recovery", kdfAlgorithm: 0, kdfOps: 0, kdfMem: 0, salt: bytes(16, seed: 9),
            wrappedKey: bytes(73, seed: 10), createdDay: day)
    }

    static func testimony(_ id: String, created: String = day) -> TestimonyRow {
        TestimonyRow(
            id: id, templateID: "interviewer-intake", templateVersion: 1, status: "draft", createdDay: created,
            updatedDay: created, wrappedKey: bytes(73, seed: 20))
    }

    static func part(_ testimonyID: String, _ name: String, version: Int64 = 1, seed: UInt8 = 30) -> PartRow {
        PartRow(testimonyID: testimonyID, name: name, version: version, blob: bytes(100, seed: seed))
    }

    /// A fresh store in a new temporary directory (kept alive by the returned directory).
    static func newStore(_ label: String = "store") throws -> (dir: TemporaryDirectory, store: VaultStore, url: URL) {
        let dir = TemporaryDirectory(label)
        let url = dir.path("vault")
        let store = try VaultStore.create(in: url, vault: vaultRow(), slots: [passphraseSlot(), recoverySlot()])
        return (dir, store, url)
    }

    static func mode(of url: URL) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }
}
