import Testing
import TestimonyModel
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// The corpus schema is exactly this list: a new column needs a deliberate change here.
    @Suite("Corpus schema allow-list")
    struct CorpusSchemaTests {
        /// Every table.column with its declared type. Redacted text lives in `excerpt.text` only.
        static let expected: [String: String] = [
            "record.id": "TEXT", "record.template": "TEXT", "record.template_version": "INTEGER",
            "record.language": "TEXT", "record.quasi": "TEXT", "record.levels": "TEXT",
            "record.answers": "TEXT", "record.consent_expires": "TEXT", "record.quotes_expire": "TEXT", "record.seq": "INTEGER",
            "excerpt.id": "TEXT", "excerpt.record_id": "TEXT", "excerpt.position": "INTEGER", "excerpt.question": "TEXT",
            "excerpt.themes": "TEXT", "excerpt.quotable": "INTEGER", "excerpt.text": "TEXT", "excerpt.policy_version": "INTEGER",
            "tombstone.seq": "INTEGER", "tombstone.kind": "TEXT", "tombstone.id": "TEXT", "tombstone.release": "TEXT",
            "release.seq": "INTEGER", "release.id": "TEXT", "release.manifest_sha256": "TEXT", "release.month": "TEXT",
            "release.excerpt_count": "INTEGER", "release.response_count": "INTEGER",
            // GRDB's migration bookkeeping: migration names only.
            "grdb_migrations.identifier": "TEXT",
        ]

        @Test("tables and columns are exactly the allow-list")
        func exactColumns() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-schema")
            let columns = try store.schema()
            var actual: [String: String] = [:]
            for column in columns { actual["\(column.table).\(column.column)"] = column.type.uppercased() }
            #expect(actual.count == columns.count, "no column is listed twice")
            #expect(actual == Self.expected)
            withExtendedLifetime(dir) {}
        }

        @Test("no virtual table, no full-text index")
        func noFullText() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-schema-sql")
            let sql = try store.schemaSQL()
            #expect(sql.contains { $0.uppercased().contains("CREATE TABLE") })
            for statement in sql {
                #expect(!statement.uppercased().contains("VIRTUAL TABLE"), "\(statement)")
                #expect(!statement.lowercased().contains("fts"), "\(statement)")
            }
            withExtendedLifetime(dir) {}
        }
    }
}
