import Foundation
import GRDB
public import TestimonyModel

extension SQLiteCorpusStore {
    /// Adds records (codes in their `answers` column) and excerpts in one transaction. Fails, storing
    /// nothing, if a record or excerpt id is already in the corpus, repeats within `records`, or was
    /// withdrawn (a tombstoned id is never reused: downstream users delete it).
    public func insert(_ records: [CorpusRecord]) throws(CorpusStoreError) {
        try write { db in
            let encoder = Self.jsonEncoder()
            var seq = try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(seq), 0) FROM record") ?? 0
            for record in records {
                try Self.refuseTaken(db, id: record.id, table: "record")
                seq += 1
                try db.cachedStatement(
                    sql: """
                        INSERT INTO record (id, template, template_version, language, quasi, levels, answers,
                        consent_expires, quotes_expire, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """
                ).execute(arguments: [
                    record.id, record.template, record.templateVersion, record.language, try Self.json(record.quasi, encoder),
                    try Self.json(record.levels, encoder), try Self.json(record.answers.map { [$0.question, $0.code] }, encoder),
                    record.consentExpires, record.quotesExpire, seq,
                ])
                for (position, excerpt) in record.excerpts.enumerated() {
                    try Self.refuseTaken(db, id: excerpt.id, table: "excerpt")
                    try db.cachedStatement(
                        sql: """
                            INSERT INTO excerpt (id, record_id, position, question, themes, quotable, text, policy_version)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                            """
                    ).execute(arguments: [
                        excerpt.id, record.id, position, excerpt.question, try Self.json(excerpt.themes, encoder), excerpt.quotable,
                        excerpt.text, excerpt.policyVersion,
                    ])
                }
            }
        }
    }

    /// Throws `.duplicateID` if `id` is already a row of `table` or a tombstone.
    private static func refuseTaken(_ db: Database, id: String, table: String) throws {
        let statement = try db.cachedStatement(
            sql: "SELECT EXISTS (SELECT 1 FROM \(table) WHERE id = ?) OR EXISTS (SELECT 1 FROM tombstone WHERE id = ?)")
        let taken = try Bool.fetchOne(statement, arguments: [id, id])
        if taken ?? false { throw CorpusStoreError.duplicateID(id) }
    }

    /// Replaces `quasi` and `levels` of published records, matched by id. An unknown id fails and
    /// changes nothing.
    public func regeneralise(_ records: [CorpusRecord]) throws(CorpusStoreError) {
        try write { db in
            let encoder = Self.jsonEncoder()
            let update = try db.cachedStatement(sql: "UPDATE record SET quasi = ?, levels = ? WHERE id = ?")
            for record in records {
                try update.execute(arguments: [try Self.json(record.quasi, encoder), try Self.json(record.levels, encoder), record.id])
                if db.changesCount == 0 { throw CorpusStoreError.unknownRecord(record.id) }
            }
        }
    }

    /// Removes records with their excerpts and tombstones the response and each excerpt
    /// (response first, then excerpts in order). Unknown ids are skipped.
    @discardableResult
    public func retract(recordIDs: [String]) throws(CorpusStoreError) -> [CorpusTombstone] {
        try write { db in
            var tombstones: [CorpusTombstone] = []
            for id in recordIDs {
                guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM record WHERE id = ?)", arguments: [id]) == true
                else { continue }
                let excerptIDs = try String.fetchAll(
                    db, sql: "SELECT id FROM excerpt WHERE record_id = ? ORDER BY position", arguments: [id])
                // Excerpts go by ON DELETE CASCADE; secure_delete zeroes their bytes.
                try db.execute(sql: "DELETE FROM record WHERE id = ?", arguments: [id])
                tombstones.append(try Self.tombstone(db, kind: .response, id: id))
                for excerptID in excerptIDs { tombstones.append(try Self.tombstone(db, kind: .excerpt, id: excerptID)) }
            }
            return tombstones
        }
    }

    /// Removes single excerpts and tombstones them. Unknown ids are skipped.
    @discardableResult
    public func retract(excerptIDs: [String]) throws(CorpusStoreError) -> [CorpusTombstone] {
        try write { db in
            var tombstones: [CorpusTombstone] = []
            for id in excerptIDs {
                try db.execute(sql: "DELETE FROM excerpt WHERE id = ?", arguments: [id])
                if db.changesCount > 0 { tombstones.append(try Self.tombstone(db, kind: .excerpt, id: id)) }
            }
            return tombstones
        }
    }

    private static func tombstone(_ db: Database, kind: CorpusTombstone.Kind, id: String) throws -> CorpusTombstone {
        try db.execute(sql: "INSERT INTO tombstone (kind, id) VALUES (?, ?)", arguments: [kind.rawValue, id])
        return CorpusTombstone(kind: kind, id: id)
    }

    /// Number of records and excerpts.
    /// Ids of records whose `consent_expires` day is on or before `day`. Days are `YYYY-MM-DD`
    /// (ASCII), so SQLite's byte order is their order.
    public func recordIDs(consentLapsedBy day: String) throws(CorpusStoreError) -> [String] {
        try read { db in
            try String.fetchAll(
                db, sql: "SELECT id FROM record WHERE consent_expires IS NOT NULL AND consent_expires <= ? ORDER BY id",
                arguments: [day])
        }
    }

    public func counts() throws(CorpusStoreError) -> (records: Int, excerpts: Int) {
        try read { db in
            let records = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM record") ?? 0
            let excerpts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM excerpt") ?? 0
            return (records, excerpts)
        }
    }

    /// Every tombstone, oldest first.
    public func tombstones() throws(CorpusStoreError) -> [CorpusTombstone] {
        try read { db in
            try Row.fetchAll(db, sql: #"SELECT kind, id, "release" FROM tombstone ORDER BY seq"#).map { row in
                guard let kind = CorpusTombstone.Kind(rawValue: row[0]) else {
                    throw CorpusStoreError.database("a tombstone has an unknown kind")
                }
                return CorpusTombstone(kind: kind, id: row[1], release: row[2])
            }
        }
    }

    /// Releases made so far, oldest first.
    public func releases() throws(CorpusStoreError) -> [CorpusReleaseInfo] {
        try read { db in
            try Row.fetchAll(
                db, sql: #"SELECT id, manifest_sha256, month, excerpt_count, response_count FROM "release" ORDER BY seq"#
            ).map { row in
                CorpusReleaseInfo(id: row[0], manifestSHA256: row[1], month: row[2], excerptCount: row[3], responseCount: row[4])
            }
        }
    }

    /// Records a release and stamps every tombstone without a release with its id. A release id
    /// already recorded fails with `.duplicateID` and changes nothing.
    public func recordRelease(_ info: CorpusReleaseInfo) throws(CorpusStoreError) {
        try write { db in
            if try Bool.fetchOne(db, sql: #"SELECT EXISTS (SELECT 1 FROM "release" WHERE id = ?)"#, arguments: [info.id]) == true {
                throw CorpusStoreError.duplicateID(info.id)
            }
            try db.execute(
                sql: #"INSERT INTO "release" (id, manifest_sha256, month, excerpt_count, response_count) VALUES (?, ?, ?, ?, ?)"#,
                arguments: [info.id, info.manifestSHA256, info.month, info.excerptCount, info.responseCount])
            try db.execute(sql: #"UPDATE tombstone SET "release" = ? WHERE "release" IS NULL"#, arguments: [info.id])
        }
    }
}
