public import Foundation
import GRDB
public import TestimonyModel

/// The embedded corpus: one SQLite file (through GRDB) behind the `CorpusStore` protocol. It holds
/// published records only: generalised metadata, coded answers and redacted excerpts. It never
/// holds originals, keys, testimony ids, known identifiers or redaction maps.
///
/// Like the vault, every open asserts `secure_delete=ON` (a retracted excerpt's bytes are zeroed
/// in the file), `synchronous=FULL`, `temp_store=MEMORY`, `foreign_keys=ON` and a rollback journal
/// (`journal_mode=DELETE`: no -wal/-shm files linger). The file is created 0600 before SQLite
/// opens it. A file that is not a corpus is refused with `.notACorpus` and never migrated.
public final class SQLiteCorpusStore: CorpusStore {
    let queue: DatabaseQueue
    /// The corpus database file.
    public let url: URL
    /// Writes started and finished through this store (see `forEachRecord`'s read-ahead).
    let writes = WriteCounter()

    /// The corpus connection's settings (the safety pragmas).
    static var configuration: Configuration { SQLiteSafety.configuration(label: "corpus") }

    init(url: URL, queue: DatabaseQueue) {
        self.url = url
        self.queue = queue
    }

    /// Creates a new, empty corpus file (0600; a missing parent directory is made 0700). Fails if
    /// any file is already there.
    public static func create(at url: URL) throws(CorpusStoreError) -> SQLiteCorpusStore {
        let path = url.path
        if FileManager.default.fileExists(atPath: path) {
            throw .database("a file already exists at \(path)")
        }
        let parent = url.deletingLastPathComponent()
        if !FileManager.default.fileExists(atPath: parent.path) {
            do {
                try FileManager.default.createDirectory(
                    at: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw .database("cannot create the directory \(parent.path)")
            }
        }
        // The file exists with mode 0600 before SQLite opens it (SQLite gives its journal the same
        // mode), created exclusively so a concurrent create is never overwritten.
        guard createExclusively(path) else {
            if FileManager.default.fileExists(atPath: path) { throw .database("a file already exists at \(path)") }
            throw .database("cannot create the corpus file \(path)")
        }
        do {
            let store = SQLiteCorpusStore(url: url, queue: try DatabaseQueue(path: path, configuration: configuration))
            try store.checkPragmas()
            try migrator.migrate(store.queue)
            return store
        } catch {
            // Leave nothing half-made behind, so a retry can succeed.
            try? FileManager.default.removeItem(atPath: path)
            try? FileManager.default.removeItem(atPath: path + "-journal")
            throw map(error, path: path)
        }
    }

    /// Opens an existing corpus. A missing file is `.notFound`; an empty file, another program's
    /// SQLite database (a vault included) or garbage is `.notACorpus` and is left untouched.
    public static func open(at url: URL) throws(CorpusStoreError) -> SQLiteCorpusStore {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else { throw .notFound(path: path) }
        do {
            let store = SQLiteCorpusStore(url: url, queue: try DatabaseQueue(path: path, configuration: configuration))
            try store.checkPragmas()
            // Never migrate a database that is not a corpus.
            guard try store.queue.read({ db in try isCorpus(db) }) else {
                throw CorpusStoreError.notACorpus(path: path, reason: "the database holds no corpus")
            }
            if try store.queue.read({ db in try !migrator.hasCompletedMigrations(db) }) {
                try migrator.migrate(store.queue)
            }
            return store
        } catch {
            throw map(error, path: path)
        }
    }

    /// Opens the corpus at `url`, creating it if there is no file there yet.
    public static func openOrCreate(at url: URL) throws(CorpusStoreError) -> SQLiteCorpusStore {
        if FileManager.default.fileExists(atPath: url.path) { return try open(at: url) }
        return try create(at: url)
    }

    /// The effective safety pragmas, as SQLite reports them.
    public func pragmas() throws(CorpusStoreError) -> [String: String] {
        try read { db in try SQLiteSafety.pragmas(db) }
    }

    /// Refuses to go on unless the safety pragmas took effect.
    func checkPragmas() throws(CorpusStoreError) {
        if let (name, value) = SQLiteSafety.firstUnsafe(try pragmas()) {
            throw .database("the safety setting \(name) is \(value), refusing to continue")
        }
    }

    /// Runs reads, mapping database errors.
    func read<T>(_ body: (Database) throws -> T) throws(CorpusStoreError) -> T {
        do { return try queue.read(body) } catch { throw Self.map(error, path: url.path) }
    }

    /// Runs a page read (plain SELECTs) in one deferred transaction, so its statements see one
    /// state of the file, without GRDB's read-only guard: that guard sets `PRAGMA query_only` on
    /// and off around every read, and SQLite expires every prepared statement whenever a flag
    /// pragma changes, so each page's cached statements were compiled again (perf: ~11 % of the
    /// reading thread in a release).
    func readPage<T>(_ body: (Database) throws -> T) throws(CorpusStoreError) -> T {
        do {
            return try queue.unsafeRead { db in
                var result: T?
                try db.inTransaction(.deferred) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch {
            throw Self.map(error, path: url.path)
        }
    }

    /// Runs writes in one durable transaction (all or nothing), mapping database errors.
    func write<T>(_ body: (Database) throws -> T) throws(CorpusStoreError) -> T {
        // Counted before and after, so a page read in the background around it is known stale.
        writes.increment()
        defer { writes.increment() }
        do { return try queue.write(body) } catch { throw Self.map(error, path: url.path) }
    }

    /// Maps an error to a `CorpusStoreError` without SQL arguments or stored values: SQLite's own
    /// messages name tables and columns, never the values bound to a statement.
    static func map(_ error: any Error, path: String) -> CorpusStoreError {
        if let store = error as? CorpusStoreError { return store }
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .notACorpus(path: path, reason: "the file is damaged or not a SQLite database")
            default:
                return .database("SQLite error \(db.resultCode.rawValue): \(db.message ?? "unknown")")
            }
        }
        return .database(String(describing: type(of: error)))
    }
}
