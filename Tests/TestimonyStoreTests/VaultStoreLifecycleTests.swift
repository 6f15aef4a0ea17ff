import Foundation
import Testing
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// Creating and opening vault databases.
    @Suite("Vault store lifecycle")
    struct VaultStoreLifecycleTests {
        @Test("create then open gives back the header and the slots")
        func createThenOpen() throws {
            let dir = TemporaryDirectory("lifecycle")
            let url = dir.path("vault")
            #expect(!VaultStore.exists(in: url))
            let vault = StoreTestHelpers.vaultRow()
            let created = try VaultStore.create(
                in: url, vault: vault, slots: [StoreTestHelpers.passphraseSlot(), StoreTestHelpers.recoverySlot()])
            #expect(VaultStore.exists(in: url))
            #expect(created.directory == url)
            #expect(try created.vaultRow() == vault)
            #expect(VaultStore.databaseURL(in: url).lastPathComponent == "vault.sqlite")

            let opened = try VaultStore.open(in: url)
            #expect(try opened.vaultRow() == vault)
            let slots = try opened.keySlots()
            #expect(slots.map(\.kind) == ["passphrase", "recovery"])
            #expect(slots.allSatisfy { $0.id != nil })
            var expected = StoreTestHelpers.passphraseSlot()
            expected.id = slots[0].id
            #expect(slots[0] == expected)
            #expect(try opened.testimonies().isEmpty)
        }

        @Test("create over an existing vault is refused and leaves it intact")
        func createOverExisting() throws {
            let (dir, store, url) = try StoreTestHelpers.newStore("exists")
            try store.insertTestimony(StoreTestHelpers.testimony("t-keep0001"), parts: [])
            let otherVault = VaultRow(id: StoreTestHelpers.bytes(16, seed: 99), formatVersion: 1, createdDay: "2025-01-01")
            #expect(throws: StoreError.vaultExists(path: url.path)) {
                try VaultStore.create(in: url, vault: otherVault, slots: [])
            }
            let reopened = try VaultStore.open(in: url)
            #expect(try reopened.vaultRow() == StoreTestHelpers.vaultRow())
            #expect(try reopened.testimonies().map(\.id) == ["t-keep0001"])
            withExtendedLifetime(dir) {}
        }

        @Test("opening a directory without a vault is vaultNotFound")
        func openMissing() throws {
            let dir = TemporaryDirectory("missing")
            let empty = dir.url
            let absent = dir.path("does-not-exist")
            #expect(throws: StoreError.vaultNotFound(path: empty.path)) { try VaultStore.open(in: empty) }
            #expect(throws: StoreError.vaultNotFound(path: absent.path)) { try VaultStore.open(in: absent) }
            // Opening must not create anything.
            #expect(!FileManager.default.fileExists(atPath: absent.path))
            #expect(!VaultStore.exists(in: empty))
        }

        @Test("a vault.sqlite full of random garbage is notAVault", arguments: [64, 4096, 65536])
        func garbageFile(size: Int) throws {
            let dir = TemporaryDirectory("garbage")
            let url = dir.url
            var generator = SystemRandomNumberGenerator()
            var garbage = (0..<size).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
            garbage[0] = 0x00  // never the "SQLite format 3" magic
            let file = VaultStore.databaseURL(in: url)
            #expect(FileManager.default.createFile(atPath: file.path, contents: Data(garbage)))
            let error = #expect(throws: StoreError.self) { try VaultStore.open(in: url) }
            guard case .notAVault(let path, _)? = error else {
                Issue.record("expected notAVault, got \(String(describing: error))")
                return
            }
            #expect(path == url.path)
            // The garbage is left as it was.
            #expect(try Data(contentsOf: file) == Data(garbage))
        }

        @Test("a failed create (conflicting slot ids) leaves no vault behind")
        func failedCreateLeavesNothing() throws {
            let dir = TemporaryDirectory("failed-create")
            let url = dir.path("vault")
            var a = StoreTestHelpers.passphraseSlot()
            a.id = 7
            var b = StoreTestHelpers.recoverySlot()
            b.id = 7
            let error = #expect(throws: StoreError.self) {
                try VaultStore.create(in: url, vault: StoreTestHelpers.vaultRow(), slots: [a, b])
            }
            guard case .database? = error else {
                Issue.record("expected a database error, got \(String(describing: error))")
                return
            }
            #expect(!VaultStore.exists(in: url))
        }

        @Test("error descriptions name the path, not contents")
        func errorDescriptions() {
            #expect(StoreError.vaultNotFound(path: "/v").description.contains("/v"))
            #expect(StoreError.unknownTestimony(id: "t-x").description == "no testimony t-x in this vault")
            #expect(StoreError.unknownSlot(id: 4).description == "no key slot 4 in this vault")
        }
    }
}
