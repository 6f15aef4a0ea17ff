import Foundation
import Testing
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// Databases that are not vaults are refused, never migrated into vaults.
    @Suite("Foreign databases and failed creates")
    struct ForeignDatabaseTests {
        @Test("an empty vault.sqlite is refused and stays empty")
        func emptyFile() throws {
            let dir = TemporaryDirectory("empty")
            let url = dir.path("vault")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: VaultStore.databaseURL(in: url).path, contents: Data())
            #expect(throws: StoreError.notAVault(path: url.path, reason: "the database holds no vault")) {
                try VaultStore.open(in: url)
            }
            let size = try FileManager.default.attributesOfItem(atPath: VaultStore.databaseURL(in: url).path)[.size] as? NSNumber
            #expect(size?.intValue == 0)
        }

        @Test("another program's SQLite database is refused, not migrated",
              .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
        func foreignSQLite() throws {
            let dir = TemporaryDirectory("foreign")
            let url = dir.path("vault")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            let sqlite = Process()
            sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            sqlite.arguments = [VaultStore.databaseURL(in: url).path, "CREATE TABLE notes(x TEXT)"]
            try sqlite.run()
            sqlite.waitUntilExit()
            let before = try Data(contentsOf: VaultStore.databaseURL(in: url))
            #expect(throws: StoreError.self) { try VaultStore.open(in: url) }
            #expect(try Data(contentsOf: VaultStore.databaseURL(in: url)) == before)
        }

        @Test("a create that fails leaves no file behind, so a retry can succeed")
        func failedCreateCleansUp() throws {
            let dir = TemporaryDirectory("failed")
            let url = dir.path("vault")
            let duplicate = StoreTestHelpers.passphraseSlot()
            var clash = duplicate
            clash.id = 1
            var again = duplicate
            again.id = 1
            #expect(throws: StoreError.self) {
                try VaultStore.create(in: url, vault: StoreTestHelpers.vaultRow(), slots: [clash, again])
            }
            #expect(!VaultStore.exists(in: url))
            _ = try VaultStore.create(in: url, vault: StoreTestHelpers.vaultRow(), slots: [duplicate])
        }
    }
}
