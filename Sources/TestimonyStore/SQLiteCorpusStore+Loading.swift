import Dispatch
import Foundation
import GRDB
public import TestimonyModel

extension SQLiteCorpusStore {
    /// Records read per page by `forEachRecord` and `records(template:)`.
    static let pageSize = 500

    /// Every record of a template (all versions), in id order.
    public func records(template: String) throws(CorpusStoreError) -> [CorpusRecord] {
        try read { db in
            var result: [CorpusRecord] = []
            var after: String? = nil
            while true {
                let page = try Self.fetchPage(db, template: template, after: after, limit: Self.pageSize)
                guard let last = page.last else { return result }
                result += page
                after = last.id
            }
        }
    }

    /// Visits every record in id order, reading `pageSize` records at a time, each page in its own
    /// read (so `body` may call back into the store). The next page is read on a background thread
    /// while `body` handles the current one; if the store was written meanwhile (by `body`, say),
    /// that page is read again, so the walk sees every change made before it reaches a page. An
    /// error thrown by `body` stops the walk: a `CorpusStoreError` passes through unchanged, any
    /// other error becomes `.database` naming its type only (capture it in the closure if you need
    /// it whole).
    public func forEachRecord(_ body: (CorpusRecord) throws -> Void) throws(CorpusStoreError) {
        try forEachRecord(pageSize: Self.pageSize, onPage: { _ in }, body)
    }

    /// `forEachRecord` with the page size and a per-page callback (page record count), for tests.
    func forEachRecord(
        pageSize: Int, onPage: (Int) -> Void, _ body: (CorpusRecord) throws -> Void
    ) throws(CorpusStoreError) {
        var page = try readPage { db in try Self.fetchPage(db, template: nil, after: nil, limit: pageSize) }
        var finished: [CorpusRecord] = []
        while let last = page.last?.id {
            let generation = writes.value
            // The reading thread frees the page before last first: it is a page of small
            // allocations made on that thread, which its next page then reuses (freed elsewhere,
            // they went back to the reading thread's heap under a lock, as fresh memory was taken).
            let next = PageFetch(self, after: last, limit: pageSize, dropping: consume finished)
            onPage(page.count)
            for record in page {
                do { try body(record) } catch let error as CorpusStoreError { throw error } catch {
                    throw .database("the caller stopped the walk with \(type(of: error))")
                }
            }
            finished = page
            page = try next.wait()
            if writes.value != generation {
                page = try readPage { db in try Self.fetchPage(db, template: nil, after: last, limit: pageSize) }
            }
        }
    }

    /// Up to `limit` whole records (of `template`, or all) with ids after `after`, in id order, with
    /// their answers in stored order and excerpts by position. Both tables are clustered by record
    /// id (migration `corpus-v2-clustered`), so a page is two range scans.
    static func fetchPage(_ db: Database, template: String?, after: String?, limit: Int) throws -> [CorpusRecord] {
        let columns = "id, template, template_version, language, quasi, levels, answers, consent_expires, quotes_expire"
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if let template {
            conditions.append("template = ?")
            arguments += [template]
        }
        if let after {
            conditions.append("id > ?")
            arguments += [after]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        arguments += [limit]
        var cells = ColumnCache()
        var records: [CorpusRecord] = []
        records.reserveCapacity(limit)
        let recordRows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT \(columns) FROM record\(filter) ORDER BY id LIMIT ?"), arguments: arguments)
        while let row = try recordRows.next() {
            records.append(
                CorpusRecord(
                    id: row[0], template: row[1], templateVersion: row[2], language: row[3],
                    quasi: try cells.quasi(row[4]), levels: try cells.levels(row[5]),
                    // (GRDB's no-copy Data for a cell costs several times this String and copy.)
                    answers: try cells.answers(row[6]), excerpts: [],
                    consentExpires: row[7], quotesExpire: row[8]))
        }
        guard let first = records.first?.id, let last = records.last?.id else { return [] }
        try attachExcerpts(db, to: &records, template: template, first: first, last: last, cells: &cells)
        return records
    }

    /// Adds the excerpts of `records` (one page, in id order, from `first` to `last`).
    private static func attachExcerpts(
        _ db: Database, to records: inout [CorpusRecord], template: String?, first: String, last: String, cells: inout ColumnCache
    ) throws {
        let columns = "e.record_id, e.id, e.question, e.themes, e.quotable, e.text, e.policy_version"
        // Every record in the id range is on the page, except other templates' when filtering.
        let rows: RowCursor
        if let template {
            rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: """
                        SELECT \(columns) FROM excerpt e JOIN record r ON r.id = e.record_id
                        WHERE r.template = ? AND e.record_id BETWEEN ? AND ? ORDER BY e.record_id, e.position
                        """), arguments: [template, first, last])
        } else {
            rows = try Row.fetchCursor(
                db.cachedStatement(
                    sql: "SELECT \(columns) FROM excerpt e WHERE e.record_id BETWEEN ? AND ? ORDER BY e.record_id, e.position"),
                arguments: [first, last])
        }
        // Both lists are in the same (SQLite binary) order: walk them together.
        var index = 0
        while let row = try rows.next() {
            let recordID: String = row[0]
            while index < records.count, records[index].id != recordID { index += 1 }
            guard index < records.count else {
                throw CorpusStoreError.database("the excerpt table is out of step with the record table")
            }
            records[index].excerpts.append(
                CorpusExcerpt(
                    id: row[1], question: row[2], themes: try cells.themes(row[3]),
                    quotable: row[4], text: row[5], policyVersion: row[6]))
        }
    }
}
