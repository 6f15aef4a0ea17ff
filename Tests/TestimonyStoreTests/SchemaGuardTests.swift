import Testing
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// LEAK-03: no full-text index and no plaintext-capable columns beyond the allow-list.
    @Suite("Schema guard (LEAK-03)")
    struct SchemaGuardTests {
        /// The only TEXT columns the vault may have: ids, template ids, status words and coarse days.
        static let textAllowList: Set<String> = [
            "vault.created_day",
            "key_slot.kind", "key_slot.created_day",
            "testimony.id", "testimony.template_id", "testimony.status", "testimony.created_day", "testimony.updated_day",
            "part.testimony_id", "part.name",
            // age recipients ("age1…") are public keys.
            "intake_identity.recipient", "intake_identity.created_day",
            "signing_key.created_day",
            // GRDB's own migration bookkeeping: holds migration names ("v1") only.
            "grdb_migrations.identifier",
        ]

        /// Declared types that cannot hold text.
        static let nonTextTypes: Set<String> = ["INTEGER", "BLOB"]

        @Test("the schema SQL has no virtual table and no FTS")
        func noFullText() throws {
            let (dir, store, _) = try StoreTestHelpers.newStore("schema-sql")
            let sql = try store.schemaSQL()
            #expect(sql.contains { $0.uppercased().contains("CREATE TABLE") })
            for statement in sql {
                #expect(!statement.uppercased().contains("VIRTUAL TABLE"), "\(statement)")
                #expect(!statement.lowercased().contains("fts"), "\(statement)")
            }
            withExtendedLifetime(dir) {}
        }

        @Test("every column that can hold text is on the allow-list")
        func textColumns() throws {
            let (dir, store, _) = try StoreTestHelpers.newStore("schema-cols")
            let columns = try store.schema()
            // The enumeration really covers every vault table.
            let tables = Set(columns.map(\.table))
            #expect(tables.isSuperset(of: ["vault", "key_slot", "testimony", "part"]))
            #expect(columns.count >= 3 + 8 + 7 + 4)
            var offenders: [String] = []
            var textColumns: Set<String> = []
            for column in columns {
                let name = "\(column.table).\(column.column)"
                let type = column.type.uppercased()
                if Self.nonTextTypes.contains(type) { continue }
                // Anything else (TEXT, VARCHAR, CLOB, NUMERIC, no type at all…) can store text.
                textColumns.insert(name)
                if !Self.textAllowList.contains(name) { offenders.append("\(name) \(column.type)") }
            }
            #expect(offenders.isEmpty, "columns that could hold plaintext: \(offenders)")
            // Every vault TEXT column on the list exists, so the list is not stale.
            #expect(Self.textAllowList.subtracting(["grdb_migrations.identifier"]).isSubset(of: textColumns))
            withExtendedLifetime(dir) {}
        }

        @Test("the ciphertext and key columns are BLOBs")
        func blobColumns() throws {
            let (dir, store, _) = try StoreTestHelpers.newStore("schema-blobs")
            let types = Dictionary(uniqueKeysWithValues: try store.schema().map { ("\($0.table).\($0.column)", $0.type.uppercased()) })
            for name in ["vault.id", "key_slot.salt", "key_slot.wrapped_key", "testimony.wrapped_key", "part.blob"] {
                #expect(types[name] == "BLOB", "\(name)")
            }
            withExtendedLifetime(dir) {}
        }
    }
}
