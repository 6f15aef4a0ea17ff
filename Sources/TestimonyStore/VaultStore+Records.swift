import Foundation
import GRDB

extension VaultStore {
    /// The vault header row.
    public func vaultRow() throws(StoreError) -> VaultRow {
        let path = directory.path
        return try read { db in
            guard let row = try VaultRow.fetchOne(db) else {
                throw StoreError.notAVault(path: path, reason: "the header row is missing")
            }
            return row
        }
    }

    /// All key slots, in slot order.
    public func keySlots() throws(StoreError) -> [KeySlotRow] {
        try read { db in try KeySlotRow.order(Column("id")).fetchAll(db) }
    }

    /// Adds a slot; returns it with its id.
    public func insertSlot(_ slot: KeySlotRow) throws(StoreError) -> KeySlotRow {
        try write { db in
            var copy = slot
            try copy.insert(db)
            return copy
        }
    }

    /// Replaces one slot's contents atomically (used by change-passphrase).
    public func replaceSlot(_ slot: KeySlotRow) throws(StoreError) {
        guard let id = slot.id else { throw .unknownSlot(id: -1) }
        try write { db in
            guard try KeySlotRow.exists(db, key: id) else { throw StoreError.unknownSlot(id: id) }
            try slot.update(db)
        }
    }

    /// Deletes a slot.
    public func deleteSlot(id: Int64) throws(StoreError) {
        try write { db in
            guard try KeySlotRow.deleteOne(db, key: id) else { throw StoreError.unknownSlot(id: id) }
        }
    }

    /// Inserts a testimony and its parts in one transaction.
    public func insertTestimony(_ row: TestimonyRow, parts: [PartRow]) throws(StoreError) {
        try write { db in
            try row.insert(db)
            for part in parts { try part.insert(db) }
        }
    }

    /// One testimony's metadata row.
    public func testimony(id: String) throws(StoreError) -> TestimonyRow {
        try read { db in
            guard let row = try TestimonyRow.fetchOne(db, key: id) else { throw StoreError.unknownTestimony(id: id) }
            return row
        }
    }

    /// All testimonies, oldest first.
    public func testimonies() throws(StoreError) -> [TestimonyRow] {
        try read { db in try TestimonyRow.order(Column("created_day"), Column("id")).fetchAll(db) }
    }

    /// A testimony's parts.
    public func parts(of testimonyID: String) throws(StoreError) -> [PartRow] {
        try read { db in
            try PartRow.filter(Column("testimony_id") == testimonyID).order(Column("name")).fetchAll(db)
        }
    }

    /// Saves parts (insert or replace) and updates the testimony's status and day, in one transaction.
    public func saveParts(_ parts: [PartRow], testimonyID: String, status: String, day: String) throws(StoreError) {
        try write { db in
            guard var row = try TestimonyRow.fetchOne(db, key: testimonyID) else {
                throw StoreError.unknownTestimony(id: testimonyID)
            }
            for part in parts { try part.upsert(db) }
            row.status = status
            row.updatedDay = day
            try row.update(db)
        }
    }

    /// Deletes a testimony and its parts (secure_delete zeroes the freed pages).
    public func deleteTestimony(id: String) throws(StoreError) {
        try write { db in
            guard try TestimonyRow.deleteOne(db, key: id) else { throw StoreError.unknownTestimony(id: id) }
        }
    }
}
