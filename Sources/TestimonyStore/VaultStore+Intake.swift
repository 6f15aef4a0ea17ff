public import Foundation
import GRDB

extension VaultStore {
    /// Intake identities, oldest first.
    public func intakeIdentities() throws(StoreError) -> [IntakeIdentityRow] {
        try read { db in try IntakeIdentityRow.order(Column("id")).fetchAll(db) }
    }

    /// Adds an intake identity.
    public func insertIntakeIdentity(_ row: IntakeIdentityRow) throws(StoreError) -> IntakeIdentityRow {
        try write { db in
            var copy = row
            try copy.insert(db)
            return copy
        }
    }

    /// Whether an envelope with this hash was taken in before.
    public func envelopeSeen(_ hash: Data) throws(StoreError) -> Bool {
        try read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS(SELECT 1 FROM intake_envelope WHERE hash = ?)", arguments: [hash]) ?? false }
    }

    /// Stores a submitted testimony and remembers its envelope, in one transaction.
    public func insertSubmitted(_ row: TestimonyRow, parts: [PartRow], envelopeHash: Data) throws(StoreError) {
        try write { db in
            try db.execute(sql: "INSERT INTO intake_envelope (hash) VALUES (?)", arguments: [envelopeHash])
            try row.insert(db)
            for part in parts { try part.insert(db) }
        }
    }

    /// Remembers an envelope that carried no testimony (a withdrawal request).
    public func recordEnvelope(_ hash: Data) throws(StoreError) {
        try write { db in try db.execute(sql: "INSERT INTO intake_envelope (hash) VALUES (?)", arguments: [hash]) }
    }
}
