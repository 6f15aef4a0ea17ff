import GRDB
public import TestimonyModel

extension SQLiteCorpusStore {
    /// The first migration's name. Its row in `grdb_migrations` is what marks a file as a corpus.
    static let firstMigration = "corpus-v1"

    /// The second migration: records and excerpts clustered by record id (see `migrateToClustered`).
    static let clusteredMigration = "corpus-v2-clustered"

    /// Schema migrations. Redacted text only: no column for originals, testimony ids, known
    /// identifiers or redaction maps, and no full-text index (the schema test holds the list).
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(firstMigration) { db in
            try db.create(table: "record") { t in
                t.primaryKey("id", .text)
                t.column("template", .text).notNull()
                t.column("template_version", .integer).notNull()
                t.column("language", .text).notNull()
                // JSON objects: question id → generalised code, question id → ladder level.
                t.column("quasi", .text).notNull()
                t.column("levels", .text).notNull()
                t.column("consent_expires", .text)
                t.column("quotes_expire", .text)
                // Insertion order (1, 2, …), for diagnostics; listing is by id.
                t.column("seq", .integer).notNull().unique()
            }
            try db.create(index: "record_template", on: "record", columns: ["template", "id"])
            // One row per code, in the record's order (rowid order).
            try db.create(table: "record_answer") { t in
                t.column("record_id", .text).notNull().references("record", onDelete: .cascade)
                t.column("question", .text).notNull()
                t.column("code", .text).notNull()
            }
            try db.create(index: "record_answer_record", on: "record_answer", columns: ["record_id"])
            try db.create(table: "excerpt") { t in
                t.primaryKey("id", .text)
                t.column("record_id", .text).notNull().references("record", onDelete: .cascade)
                t.column("position", .integer).notNull()
                t.column("question", .text).notNull()
                // JSON array of theme ids.
                t.column("themes", .text).notNull()
                t.column("quotable", .integer).notNull()
                // The redacted derivative (never the original words).
                t.column("text", .text).notNull()
                t.column("policy_version", .integer).notNull()
            }
            try db.create(index: "excerpt_record", on: "excerpt", columns: ["record_id", "position"])
            try db.create(table: "tombstone") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("kind", .text).notNull()
                t.column("id", .text).notNull()
                t.column("release", .text)
            }
            try db.create(index: "tombstone_id", on: "tombstone", columns: ["id"])
            try db.create(table: "release") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("id", .text).notNull().unique()
                t.column("manifest_sha256", .text).notNull()
                t.column("month", .text).notNull()
                t.column("excerpt_count", .integer).notNull()
                t.column("response_count", .integer).notNull()
            }
        }
        migrator.registerMigration(clusteredMigration) { db in try migrateToClustered(db) }
        return migrator
    }()

    /// Whether an open database is a corpus: made by our first migration, with its record table.
    static func isCorpus(_ db: Database) throws -> Bool {
        guard try db.tableExists("grdb_migrations"), try db.tableExists("record") else { return false }
        let marked = try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM grdb_migrations WHERE identifier = ?)", arguments: [firstMigration])
        return marked ?? false
    }

    /// Every table and column with its declared type, for the schema allow-list test.
    public func schema() throws(CorpusStoreError) -> [(table: String, column: String, type: String)] {
        try read { db in
            var result: [(String, String, String)] = []
            let tables = try String.fetchAll(
                db, sql: "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            for table in tables {
                for column in try db.columns(in: table) { result.append((table, column.name, column.type)) }
            }
            return result
        }
    }

    /// The SQL of every schema object (to refuse virtual/FTS tables).
    public func schemaSQL() throws(CorpusStoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL") }
    }
}
