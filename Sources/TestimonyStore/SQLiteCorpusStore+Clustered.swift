import GRDB

extension SQLiteCorpusStore {
    /// Migration `corpus-v2-clustered`. Releases walk the corpus in record id order, and ids are
    /// random, so in v1 (rowid tables, one `record_answer` row per code) every record and every code
    /// cost a random lookup: 1.3 M of them for 100 000 records, more than the release goal allows.
    /// v2 keeps the same data in id order instead:
    /// - `record` is a WITHOUT ROWID table keyed by `id`, and its codes move into an `answers`
    ///   column (a JSON array of `[question, code]` pairs, in the record's order);
    /// - `excerpt` is a WITHOUT ROWID table keyed by `(record_id, position)`, its `id` unique.
    /// A walk in id order then reads both tables front to back. Nothing is dropped or added: the
    /// migration test compares every record before and after.
    static func migrateToClustered(_ db: Database) throws {
        try db.create(table: "record_v2", options: [.withoutRowID]) { t in
            t.primaryKey("id", .text)
            t.column("template", .text).notNull()
            t.column("template_version", .integer).notNull()
            t.column("language", .text).notNull()
            // JSON objects: question id → generalised code, question id → ladder level.
            t.column("quasi", .text).notNull()
            t.column("levels", .text).notNull()
            // JSON array of [question id, code] pairs, one per code, in the record's order.
            t.column("answers", .text).notNull()
            t.column("consent_expires", .text)
            t.column("quotes_expire", .text)
            // Insertion order (1, 2, …), for diagnostics; listing is by id.
            t.column("seq", .integer).notNull().unique()
        }
        let encoder = jsonEncoder()
        let codes = try db.makeStatement(sql: "SELECT question, code FROM record_answer WHERE record_id = ? ORDER BY rowid")
        let insert = try db.makeStatement(
            sql: """
                INSERT INTO record_v2 (id, template, template_version, language, quasi, levels, answers, consent_expires,
                quotes_expire, seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        let records = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, template, template_version, language, quasi, levels, consent_expires, quotes_expire, seq
                FROM record ORDER BY seq
                """)
        while let row = try records.next() {
            let id: String = row[0]
            let pairs = try Row.fetchAll(codes, arguments: [id]).map { [$0[0] as String, $0[1] as String] }
            try insert.execute(arguments: [
                id, row[1] as String, row[2] as Int, row[3] as String, row[4] as String, row[5] as String,
                try json(pairs, encoder), row[6] as String?, row[7] as String?, row[8] as Int,
            ])
        }
        try db.create(table: "excerpt_v2", options: [.withoutRowID]) { t in
            t.column("record_id", .text).notNull().references("record", onDelete: .cascade)
            t.column("position", .integer).notNull()
            t.column("id", .text).notNull().unique()
            t.column("question", .text).notNull()
            // JSON array of theme ids.
            t.column("themes", .text).notNull()
            t.column("quotable", .integer).notNull()
            // The redacted derivative (never the original words).
            t.column("text", .text).notNull()
            t.column("policy_version", .integer).notNull()
            t.primaryKey(["record_id", "position"])
        }
        try db.execute(
            sql: """
                INSERT INTO excerpt_v2 (record_id, position, id, question, themes, quotable, text, policy_version)
                SELECT record_id, position, id, question, themes, quotable, text, policy_version FROM excerpt
                """)
        // secure_delete is on: the old tables' pages are zeroed as they are freed.
        try db.drop(table: "record_answer")
        try db.drop(table: "excerpt")
        try db.drop(table: "record")
        try db.rename(table: "record_v2", to: "record")
        try db.rename(table: "excerpt_v2", to: "excerpt")
        try db.create(index: "record_template", on: "record", columns: ["template", "id"])
    }
}
