import Foundation
import GRDB

extension VaultStore {
    /// Corpus signing keys, oldest first.
    public func signingKeys() throws(StoreError) -> [SigningKeyRow] {
        try read { db in try SigningKeyRow.order(Column("id")).fetchAll(db) }
    }

    /// Adds a corpus signing key.
    public func insertSigningKey(_ row: SigningKeyRow) throws(StoreError) -> SigningKeyRow {
        try write { db in
            var copy = row
            try copy.insert(db)
            return copy
        }
    }

    /// Crypto-shreds a testimony: deletes every encrypted part and overwrites its wrapped data key
    /// with nothing, leaving only the id, template and the status `erased`, in one transaction. Then
    /// rebuilds the database file (`VACUUM`) so that no freed page keeps the old bytes; with
    /// `secure_delete` the freed pages were zeroed already, and the rollback journal is removed.
    public func eraseTestimony(id: String, day: String) throws(StoreError) {
        try write { db in
            guard try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM testimony WHERE id = ?)", arguments: [id]) == true else {
                throw StoreError.unknownTestimony(id: id)
            }
            try db.execute(sql: "DELETE FROM part WHERE testimony_id = ?", arguments: [id])
            try db.execute(
                sql: "UPDATE testimony SET wrapped_key = zeroblob(0), status = 'erased', updated_day = ? WHERE id = ?",
                arguments: [day, id])
        }
        try vacuum()
    }

    /// Rebuilds the database file, dropping free pages.
    public func vacuum() throws(StoreError) {
        do {
            try queue.vacuum()
        } catch {
            throw Self.map(error, path: directory.path)
        }
    }
}
