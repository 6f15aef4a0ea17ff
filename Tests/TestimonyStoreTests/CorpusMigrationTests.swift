import Foundation
import Testing
import TestimonyModel
@testable import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// A corpus made before `corpus-v2-clustered` opens with every record, code, excerpt and
    /// tombstone as it was.
    @Suite("Corpus migration to the clustered layout")
    struct CorpusMigrationTests {
        /// Fills a v1 file by SQL, as the v1 store wrote it: codes in `record_answer` rows (rowid
        /// order is the record's order), inserted in an order that is not id order.
        static func v1Corpus(_ dir: TemporaryDirectory) throws -> URL {
            let url = dir.path("corpus.sqlite")
            let store = try SQLiteCorpusStore.create(at: url, upTo: SQLiteCorpusStore.firstMigration)
            let records: [(id: String, seq: String, quasi: String, codes: [(String, String)], excerpts: Int)] = [
                ("rs-c", "1", #"{"ay_age_band":"18-34"}"#, [("wh_setting", "online"), ("im_education", "4"), ("wh_setting", "home")], 2),
                ("rs-a", "2", #"{"ay_age_band":"35-54"}"#, [], 1),
                ("rs-b", "3", "{}", [("im_education", "\u{e4}\"/\\")], 0),
            ]
            for record in records {
                try store.rawExecute(
                    sql: """
                        INSERT INTO record (id, template, template_version, language, quasi, levels, consent_expires, quotes_expire, seq)
                        VALUES (?, 'survivor-experience', 2, 'fi', ?, '{"ay_age_band":1}', '2030-01-01', NULL, ?)
                        """, arguments: [record.id, record.quasi, record.seq])
                for (question, code) in record.codes {
                    try store.rawExecute(
                        sql: "INSERT INTO record_answer (record_id, question, code) VALUES (?, ?, ?)",
                        arguments: [record.id, question, code])
                }
                // Excerpts inserted last position first, so rowid order is not position order.
                for position in (0..<record.excerpts).reversed() {
                    try store.rawExecute(
                        sql: """
                            INSERT INTO excerpt (id, record_id, position, question, themes, quotable, text, policy_version)
                            VALUES (?, ?, ?, 'wh_narrative', '["support"]', 1, ?, 3)
                            """, arguments: ["ex-\(record.id)-\(position)", record.id, String(position), "text \(position) of \(record.id)"])
                }
            }
            try store.rawExecute(sql: "INSERT INTO tombstone (kind, id, \"release\") VALUES ('response', 'rs-gone', 'r0001')")
            return url
        }

        @Test("records, codes in order, excerpts by position and tombstones survive; the schema is the new one")
        func migratesEverything() throws {
            let dir = TemporaryDirectory("corpus-migrate")
            let url = try Self.v1Corpus(dir)
            let store = try SQLiteCorpusStore.open(at: url)
            var records: [CorpusRecord] = []
            try store.forEachRecord { records.append($0) }
            #expect(records.map(\.id) == ["rs-a", "rs-b", "rs-c"])
            let c = try #require(records.last)
            #expect(c.answers == [
                CorpusAnswer(question: "wh_setting", code: "online"), CorpusAnswer(question: "im_education", code: "4"),
                CorpusAnswer(question: "wh_setting", code: "home"),
            ])
            #expect(c.quasi == ["ay_age_band": "18-34"] && c.levels == ["ay_age_band": 1])
            #expect(c.templateVersion == 2 && c.consentExpires == "2030-01-01" && c.quotesExpire == nil)
            #expect(c.excerpts.map(\.id) == ["ex-rs-c-0", "ex-rs-c-1"])
            #expect(c.excerpts.map(\.text) == ["text 0 of rs-c", "text 1 of rs-c"])
            #expect(c.excerpts.allSatisfy { $0.quotable && $0.policyVersion == 3 && $0.themes == ["support"] })
            #expect(records[0].answers.isEmpty && records[0].excerpts.count == 1)
            #expect(records[1].answers == [CorpusAnswer(question: "im_education", code: "\u{e4}\"/\\")])
            #expect(try store.records(template: "survivor-experience") == records)
            #expect(try store.tombstones() == [CorpusTombstone(kind: .response, id: "rs-gone", release: "r0001")])
            var columns: [String: String] = [:]
            for column in try store.schema() { columns["\(column.table).\(column.column)"] = column.type.uppercased() }
            #expect(columns == CorpusSchemaTests.expected)
            #expect(try store.schemaSQL().filter { $0.contains("WITHOUT ROWID") }.count == 2, "record and excerpt are clustered")

            // The migrated corpus works as a new one: withdrawn ids stay taken, new records go in after.
            #expect(throws: CorpusStoreError.duplicateID("rs-gone")) { try store.insert([CorpusTestHelpers.record("rs-gone")]) }
            try store.insert([CorpusTestHelpers.record("rs-d")])
            #expect(try store.counts() == (records: 4, excerpts: 5))
            let tombstones = try store.retract(recordIDs: ["rs-c"])
            #expect(tombstones.map(\.id) == ["rs-c", "ex-rs-c-0", "ex-rs-c-1"])
            #expect(try store.counts() == (records: 3, excerpts: 3))
        }

        @Test("a damaged answers cell fails with the column's name, never its contents")
        func damagedAnswers() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-damaged-answers")
            try store.insert([CorpusTestHelpers.record("rs-x")])
            try store.rawExecute(sql: "UPDATE record SET answers = ? WHERE id = 'rs-x'", arguments: [#"[["wh_setting"]]"#])
            #expect(throws: CorpusStoreError.database("the record.answers column holds malformed JSON")) {
                try store.forEachRecord { _ in }
            }
            withExtendedLifetime(dir) {}
        }
    }
}
