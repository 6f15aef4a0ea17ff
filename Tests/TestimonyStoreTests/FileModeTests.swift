import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Testing
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// The vault directory is 0700 and the database 0600.
    @Suite("Vault file modes")
    struct FileModeTests {
        @Test("a new vault directory is 0700 and vault.sqlite is 0600")
        func freshModes() throws {
            let (dir, store, url) = try StoreTestHelpers.newStore("modes")
            try store.insertTestimony(StoreTestHelpers.testimony("t-mode0001"), parts: [StoreTestHelpers.part("t-mode0001", "answers")])
            #expect(try StoreTestHelpers.mode(of: url) == 0o700)
            #expect(try StoreTestHelpers.mode(of: VaultStore.databaseURL(in: url)) == 0o600)
            withExtendedLifetime(dir) {}
        }

        @Test("an existing, more open directory is tightened to 0700")
        func existingDirectoryTightened() throws {
            let dir = TemporaryDirectory("modes-existing")
            let url = dir.path("vault")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
            #expect(try StoreTestHelpers.mode(of: url) == 0o755)
            _ = try VaultStore.create(in: url, vault: StoreTestHelpers.vaultRow(), slots: [StoreTestHelpers.passphraseSlot()])
            #expect(try StoreTestHelpers.mode(of: url) == 0o700)
            #expect(try StoreTestHelpers.mode(of: VaultStore.databaseURL(in: url)) == 0o600)
        }

        @Test("no journal or WAL file lingers beside the database after writes")
        func noSideFiles() throws {
            let (dir, store, url) = try StoreTestHelpers.newStore("modes-sidefiles")
            try store.insertTestimony(StoreTestHelpers.testimony("t-side0001"), parts: [StoreTestHelpers.part("t-side0001", "answers")])
            try store.saveParts([StoreTestHelpers.part("t-side0001", "consent")], testimonyID: "t-side0001", status: "complete", day: "2024-03-16")
            try store.deleteTestimony(id: "t-side0001")
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path)
            #expect(names == ["vault.sqlite"])
            withExtendedLifetime(dir) {}
        }

        @Test("concurrent creates give 0600 files and leave the process umask as it was")
        func concurrentCreates() throws {
            let root = TemporaryDirectory("modes-concurrent")
            let count = 64
            let results = ModeResults()
            let before = umask(0o077)  // read the umask (briefly tightening it, never loosening)
            umask(before)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                let url = root.path("vault-\(index)")
                do {
                    _ = try VaultStore.create(in: url, vault: StoreTestHelpers.vaultRow(), slots: [])
                    results.append(try StoreTestHelpers.mode(of: VaultStore.databaseURL(in: url)))
                } catch {
                    results.append(-1)
                }
            }
            let after = umask(before)  // read it and put the original back for the rest of the run
            let modes = results.values
            #expect(modes.count == count)
            #expect(!modes.contains(-1), "every create succeeded")
            // umask is process-wide, so create must not change it: it sets the file's mode explicitly.
            #expect(modes.allSatisfy { $0 == 0o600 }, "modes: \(modes.filter { $0 != 0o600 }.map { String($0, radix: 8) })")
            #expect(after == before, "umask before \(String(before, radix: 8)), after \(String(after, radix: 8))")
        }
    }
}

/// Modes collected from concurrent creates.
final class ModeResults: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Int] = []

    func append(_ mode: Int) {
        lock.lock()
        defer { lock.unlock() }
        storage.append(mode)
    }

    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
