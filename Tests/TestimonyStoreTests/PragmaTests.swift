import Testing
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// LEAK-04: the safety pragmas hold on every connection.
    @Suite("Safety pragmas (LEAK-04)")
    struct PragmaTests {
        /// secure_delete ON, synchronous FULL, temp_store MEMORY, foreign_keys ON.
        static let required = ["secure_delete": "1", "synchronous": "2", "temp_store": "2", "foreign_keys": "1"]

        func check(_ store: VaultStore, _ comment: Comment) throws {
            let pragmas = try store.pragmas()
            for (name, value) in Self.required.sorted(by: { $0.key < $1.key }) {
                #expect(pragmas[name] == value, "\(name) (\(comment))")
            }
            // A rollback journal, so no -wal/-shm files sit beside the database.
            if let journal = pragmas["journal_mode"] {
                #expect(journal.lowercased() == "delete", "journal_mode (\(comment))")
            }
        }

        @Test("a freshly created store reports the required pragmas")
        func freshStore() throws {
            let (dir, store, _) = try StoreTestHelpers.newStore("pragmas")
            try check(store, "fresh")
            withExtendedLifetime(dir) {}
        }

        @Test("a reopened store reports the required pragmas, also after writes")
        func reopenedStore() throws {
            let (dir, created, url) = try StoreTestHelpers.newStore("pragmas-reopen")
            try created.insertTestimony(StoreTestHelpers.testimony("t-prag0001"), parts: [StoreTestHelpers.part("t-prag0001", "answers")])
            let reopened = try VaultStore.open(in: url)
            try check(reopened, "reopened")
            try reopened.deleteTestimony(id: "t-prag0001")
            try check(reopened, "reopened, after a delete")
            let again = try VaultStore.open(in: url)
            try check(again, "opened a second time")
            withExtendedLifetime(dir) {}
        }
    }
}
