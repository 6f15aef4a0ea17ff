import Foundation
import Testing
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// Testimony rows, parts and key slots: round trips, cascades, unknown ids and atomicity.
    @Suite("Vault store records")
    struct RecordTests {
        typealias H = StoreTestHelpers

        @Test("an inserted testimony and its parts load back unchanged")
        func insertAndLoad() throws {
            let (dir, store, url) = try H.newStore("records")
            let row = H.testimony("t-ab12cd34")
            let parts = [H.part("t-ab12cd34", "consent", seed: 1), H.part("t-ab12cd34", "answers", seed: 2)]
            try store.insertTestimony(row, parts: parts)
            #expect(try store.testimony(id: "t-ab12cd34") == row)
            // Parts come back ordered by name.
            #expect(try store.parts(of: "t-ab12cd34") == [parts[1], parts[0]])
            // And survive a reopen.
            let reopened = try VaultStore.open(in: url)
            #expect(try reopened.testimony(id: "t-ab12cd34") == row)
            #expect(try reopened.parts(of: "t-ab12cd34") == [parts[1], parts[0]])
            withExtendedLifetime(dir) {}
        }

        @Test("testimonies are listed oldest first, then by id")
        func listing() throws {
            let (dir, store, _) = try H.newStore("records-list")
            try store.insertTestimony(H.testimony("t-bbbbbbbb", created: "2024-05-01"), parts: [])
            try store.insertTestimony(H.testimony("t-cccccccc", created: "2024-01-01"), parts: [])
            try store.insertTestimony(H.testimony("t-aaaaaaaa", created: "2024-05-01"), parts: [])
            #expect(try store.testimonies().map(\.id) == ["t-cccccccc", "t-aaaaaaaa", "t-bbbbbbbb"])
            withExtendedLifetime(dir) {}
        }

        @Test("parts are kept per testimony")
        func partsPerTestimony() throws {
            let (dir, store, _) = try H.newStore("records-per")
            try store.insertTestimony(H.testimony("t-one00001"), parts: [H.part("t-one00001", "answers", seed: 1)])
            try store.insertTestimony(H.testimony("t-two00002"), parts: [H.part("t-two00002", "answers", seed: 2)])
            #expect(try store.parts(of: "t-one00001") == [H.part("t-one00001", "answers", seed: 1)])
            #expect(try store.parts(of: "t-two00002") == [H.part("t-two00002", "answers", seed: 2)])
            #expect(try store.parts(of: "t-none0000").isEmpty)
            withExtendedLifetime(dir) {}
        }

        @Test("saveParts replaces and adds parts and updates status and day")
        func saveParts() throws {
            let (dir, store, _) = try H.newStore("records-save")
            try store.insertTestimony(H.testimony("t-save0001"), parts: [H.part("t-save0001", "answers", version: 1, seed: 1)])
            let replaced = H.part("t-save0001", "answers", version: 2, seed: 5)
            let added = H.part("t-save0001", "progress", version: 1, seed: 6)
            try store.saveParts([replaced, added], testimonyID: "t-save0001", status: "complete", day: "2024-04-02")
            #expect(try store.parts(of: "t-save0001") == [replaced, added])
            let row = try store.testimony(id: "t-save0001")
            #expect(row.status == "complete")
            #expect(row.updatedDay == "2024-04-02")
            #expect(row.createdDay == H.day)
            #expect(row.wrappedKey == H.testimony("t-save0001").wrappedKey)
            withExtendedLifetime(dir) {}
        }

        @Test("deleting a testimony deletes its parts (cascade) and nothing else")
        func deleteCascades() throws {
            let (dir, store, _) = try H.newStore("records-delete")
            try store.insertTestimony(H.testimony("t-gone0001"), parts: [H.part("t-gone0001", "answers"), H.part("t-gone0001", "consent")])
            try store.insertTestimony(H.testimony("t-stay0001"), parts: [H.part("t-stay0001", "answers")])
            try store.deleteTestimony(id: "t-gone0001")
            #expect(try store.parts(of: "t-gone0001").isEmpty)
            #expect(throws: StoreError.unknownTestimony(id: "t-gone0001")) { try store.testimony(id: "t-gone0001") }
            #expect(try store.testimonies().map(\.id) == ["t-stay0001"])
            #expect(try store.parts(of: "t-stay0001").count == 1)
            withExtendedLifetime(dir) {}
        }

        @Test("unknown testimony ids are refused by every lookup and change")
        func unknownTestimony() throws {
            let (dir, store, _) = try H.newStore("records-unknown")
            let unknown = StoreError.unknownTestimony(id: "t-nope0000")
            #expect(throws: unknown) { try store.testimony(id: "t-nope0000") }
            #expect(throws: unknown) { try store.deleteTestimony(id: "t-nope0000") }
            #expect(throws: unknown) {
                try store.saveParts([H.part("t-nope0000", "answers")], testimonyID: "t-nope0000", status: "draft", day: H.day)
            }
            #expect(try store.parts(of: "t-nope0000").isEmpty)
            withExtendedLifetime(dir) {}
        }

        @Test("saveParts is atomic: a part for an unknown testimony throws and changes nothing")
        func savePartsAtomic() throws {
            let (dir, store, _) = try H.newStore("records-atomic")
            let original = H.part("t-real0001", "answers", version: 1, seed: 1)
            try store.insertTestimony(H.testimony("t-real0001"), parts: [original])
            let good = H.part("t-real0001", "answers", version: 2, seed: 2)
            let extra = H.part("t-real0001", "progress", version: 1, seed: 3)
            let orphan = H.part("t-ghost0001", "answers", version: 1, seed: 4)
            let error = #expect(throws: StoreError.self) {
                try store.saveParts([good, extra, orphan], testimonyID: "t-real0001", status: "complete", day: "2024-09-09")
            }
            guard case .database? = error else {
                Issue.record("expected a foreign-key database error, got \(String(describing: error))")
                return
            }
            #expect(try store.parts(of: "t-real0001") == [original])
            #expect(try store.parts(of: "t-ghost0001").isEmpty)
            let row = try store.testimony(id: "t-real0001")
            #expect(row.status == "draft")
            #expect(row.updatedDay == H.day)
            withExtendedLifetime(dir) {}
        }

        @Test("insertTestimony is atomic: a bad part leaves no testimony row")
        func insertAtomic() throws {
            let (dir, store, _) = try H.newStore("records-insert-atomic")
            let parts = [H.part("t-new00001", "answers"), H.part("t-other0001", "answers")]
            #expect(throws: StoreError.self) { try store.insertTestimony(H.testimony("t-new00001"), parts: parts) }
            #expect(throws: StoreError.unknownTestimony(id: "t-new00001")) { try store.testimony(id: "t-new00001") }
            #expect(try store.parts(of: "t-new00001").isEmpty)
            #expect(try store.testimonies().isEmpty)
            withExtendedLifetime(dir) {}
        }

        @Test("inserting a duplicate testimony id is refused and keeps the first")
        func duplicateTestimony() throws {
            let (dir, store, _) = try H.newStore("records-dup")
            try store.insertTestimony(H.testimony("t-dup00001"), parts: [])
            var second = H.testimony("t-dup00001")
            second.status = "complete"
            #expect(throws: StoreError.self) { try store.insertTestimony(second, parts: []) }
            #expect(try store.testimony(id: "t-dup00001").status == "draft")
            withExtendedLifetime(dir) {}
        }

        @Test("key slots: insert, replace and delete round trip")
        func slots() throws {
            let (dir, store, _) = try H.newStore("records-slots")
            let initial = try store.keySlots()
            #expect(initial.count == 2)
            let added = try store.insertSlot(H.passphraseSlot(seed: 40))
            let addedID = try #require(added.id)
            #expect(!initial.compactMap(\.id).contains(addedID))
            #expect(try store.keySlots().last == added)

            var changed = added
            changed.salt = H.bytes(16, seed: 77)
            changed.wrappedKey = H.bytes(73, seed: 78)
            try store.replaceSlot(changed)
            #expect(try store.keySlots().first { $0.id == addedID } == changed)

            try store.deleteSlot(id: addedID)
            #expect(try store.keySlots() == initial)
            withExtendedLifetime(dir) {}
        }

        @Test("unknown slot ids are refused")
        func unknownSlot() throws {
            let (dir, store, _) = try H.newStore("records-slot-unknown")
            #expect(throws: StoreError.unknownSlot(id: 999)) { try store.deleteSlot(id: 999) }
            var missing = H.passphraseSlot()
            missing.id = 999
            #expect(throws: StoreError.unknownSlot(id: 999)) { try store.replaceSlot(missing) }
            #expect(throws: StoreError.unknownSlot(id: -1)) { try store.replaceSlot(H.passphraseSlot()) }
            #expect(try store.keySlots().count == 2)
            withExtendedLifetime(dir) {}
        }
    }
}
