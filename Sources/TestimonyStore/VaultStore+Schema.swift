import GRDB

extension VaultStore {
    /// Schema migrations. No plaintext columns and no full-text index, ever (LEAK-03 checks).
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.create(table: "vault") { t in
                t.primaryKey("id", .blob)
                t.column("format_version", .integer).notNull()
                t.column("created_day", .text).notNull()
            }
            try db.create(table: "key_slot") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("kdf_algorithm", .integer).notNull()
                t.column("kdf_ops", .integer).notNull()
                t.column("kdf_mem", .integer).notNull()
                t.column("salt", .blob).notNull()
                t.column("wrapped_key", .blob).notNull()
                t.column("created_day", .text).notNull()
            }
            try db.create(table: "testimony") { t in
                t.primaryKey("id", .text)
                t.column("template_id", .text).notNull()
                t.column("template_version", .integer).notNull()
                t.column("status", .text).notNull()
                t.column("created_day", .text).notNull()
                t.column("updated_day", .text).notNull()
                t.column("wrapped_key", .blob).notNull()
            }
            try db.create(table: "part") { t in
                t.column("testimony_id", .text).notNull().references("testimony", onDelete: .cascade)
                t.column("name", .text).notNull()
                t.column("version", .integer).notNull()
                t.column("blob", .blob).notNull()
                t.primaryKey(["testimony_id", "name"])
            }
        }
        migrator.registerMigration("v2-intake") { db in
            // The organisation's age identities for survivor submissions: the public recipient in the
            // clear, the secret identity sealed under the vault master key.
            try db.create(table: "intake_identity") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("recipient", .text).notNull().unique()
                t.column("created_day", .text).notNull()
                t.column("wrapped_key", .blob).notNull()
            }
            // SHA-256 of every envelope taken in, to refuse duplicates. Not linked to a testimony.
            try db.create(table: "intake_envelope") { t in
                t.primaryKey("hash", .blob)
            }
        }
        migrator.registerMigration("v3-corpus") { db in
            // The organisation's Ed25519 corpus signing keys: the public key in the clear, the seed
            // sealed under the vault master key. The newest signs releases.
            try db.create(table: "signing_key") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("public_key", .blob).notNull().unique()
                t.column("created_day", .text).notNull()
                t.column("wrapped_key", .blob).notNull()
            }
        }
        return migrator
    }()

    /// Every table and column with its declared type, for the schema guard test.
    public func schema() throws(StoreError) -> [(table: String, column: String, type: String)] {
        try read { db in
            var result: [(String, String, String)] = []
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
            for table in tables {
                for column in try db.columns(in: table) { result.append((table, column.name, column.type)) }
            }
            return result
        }
    }

    /// The SQL of every schema object (to refuse virtual/FTS tables).
    public func schemaSQL() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL") }
    }
}
