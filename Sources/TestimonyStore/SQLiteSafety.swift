import GRDB

/// The SQLite settings every testimony database (vault and corpus) is opened with and checked for:
/// a rollback journal (no -wal/-shm files left beside it), secure_delete, synchronous=FULL,
/// temp_store=MEMORY and foreign keys (LEAK-04).
enum SQLiteSafety {
    /// Pragma → the value SQLite must report.
    static let expected = ["secure_delete": "1", "synchronous": "2", "temp_store": "2", "foreign_keys": "1", "journal_mode": "delete"]

    static func configuration(label: String) -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.label = label
        // Another testimony command may be writing: wait for it instead of failing.
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            try db.execute(sql: "PRAGMA secure_delete = ON")
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        return config
    }

    /// The effective values, as SQLite reports them.
    static func pragmas(_ db: Database) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in expected.keys.sorted() {
            result[name] = try String.fetchOne(db, sql: "PRAGMA \(name)") ?? "?"
        }
        return result
    }

    /// The first setting that did not take effect, if any.
    static func firstUnsafe(_ actual: [String: String]) -> (name: String, value: String)? {
        for (name, value) in expected.sorted(by: { $0.key < $1.key }) where actual[name] != value {
            return (name, actual[name] ?? "?")
        }
        return nil
    }
}
