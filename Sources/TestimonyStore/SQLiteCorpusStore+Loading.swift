import Foundation
import GRDB
public import TestimonyModel

extension SQLiteCorpusStore {
    /// Records read per page by `forEachRecord` (and per `IN (…)` list elsewhere).
    static let pageSize = 500

    /// Every record of a template (all versions), in id order.
    public func records(template: String) throws(CorpusStoreError) -> [CorpusRecord] {
        try read { db in
            let ids = try String.fetchAll(db, sql: "SELECT id FROM record WHERE template = ? ORDER BY id", arguments: [template])
            var result: [CorpusRecord] = []
            result.reserveCapacity(ids.count)
            var start = 0
            while start < ids.count {
                let end = min(start + Self.pageSize, ids.count)
                result += try Self.fetchRecords(db, ids: Array(ids[start..<end]))
                start = end
            }
            return result
        }
    }

    /// Visits every record in id order, reading `pageSize` records at a time, each page in its own
    /// read (so `body` may call back into the store). An error thrown by `body` stops the walk: a
    /// `CorpusStoreError` passes through unchanged, any other error becomes `.database` naming its
    /// type only (capture it in the closure if you need it whole).
    public func forEachRecord(_ body: (CorpusRecord) throws -> Void) throws(CorpusStoreError) {
        try forEachRecord(pageSize: Self.pageSize, onPage: { _ in }, body)
    }

    /// `forEachRecord` with the page size and a per-page callback (page record count), for tests.
    func forEachRecord(
        pageSize: Int, onPage: (Int) -> Void, _ body: (CorpusRecord) throws -> Void
    ) throws(CorpusStoreError) {
        var after: String? = nil
        while true {
            let page = try read { db -> [CorpusRecord] in
                let ids: [String]
                if let after {
                    ids = try String.fetchAll(
                        db, sql: "SELECT id FROM record WHERE id > ? ORDER BY id LIMIT ?", arguments: [after, pageSize])
                } else {
                    ids = try String.fetchAll(db, sql: "SELECT id FROM record ORDER BY id LIMIT ?", arguments: [pageSize])
                }
                return try Self.fetchRecords(db, ids: ids)
            }
            guard let last = page.last else { return }
            onPage(page.count)
            for record in page {
                do { try body(record) } catch let error as CorpusStoreError { throw error } catch {
                    throw .database("the caller stopped the walk with \(type(of: error))")
                }
            }
            after = last.id
        }
    }

    /// Loads whole records (answers in stored order, excerpts by position) for `ids`, returned in
    /// the order of `ids`. Ids not in the corpus are left out. Keep `ids` to one page.
    static func fetchRecords(_ db: Database, ids: [String]) throws -> [CorpusRecord] {
        guard !ids.isEmpty else { return [] }
        let marks = Array(repeating: "?", count: ids.count).joined(separator: ",")
        let arguments = StatementArguments(ids)
        let decoder = JSONDecoder()
        // Cursors decode each column straight from the statement (no copied Row per result row).
        var answers: [String: [CorpusAnswer]] = [:]
        let answerRows = try Row.fetchCursor(
            db, sql: "SELECT record_id, question, code FROM record_answer WHERE record_id IN (\(marks)) ORDER BY rowid",
            arguments: arguments)
        while let row = try answerRows.next() {
            answers[row[0], default: []].append(CorpusAnswer(question: row[1], code: row[2]))
        }
        var excerpts: [String: [CorpusExcerpt]] = [:]
        let excerptRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT record_id, id, question, themes, quotable, text, policy_version FROM excerpt
                WHERE record_id IN (\(marks)) ORDER BY record_id, position
                """,
            arguments: arguments)
        while let row = try excerptRows.next() {
            let excerpt = CorpusExcerpt(
                id: row[1], question: row[2], themes: try decodeStrings(row[3], column: "excerpt.themes", decoder),
                quotable: row[4], text: row[5], policyVersion: row[6])
            excerpts[row[0], default: []].append(excerpt)
        }
        var records: [String: CorpusRecord] = [:]
        let recordRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, template, template_version, language, quasi, levels, consent_expires, quotes_expire
                FROM record WHERE id IN (\(marks))
                """,
            arguments: arguments)
        while let row = try recordRows.next() {
            let id: String = row[0]
            records[id] = CorpusRecord(
                id: id, template: row[1], templateVersion: row[2], language: row[3],
                quasi: try decodeStringMap(row[4], column: "record.quasi", decoder),
                levels: try decodeIntMap(row[5], column: "record.levels", decoder),
                answers: answers[id] ?? [], excerpts: excerpts[id] ?? [], consentExpires: row[6], quotesExpire: row[7])
        }
        return ids.compactMap { records[$0] }
    }
}
