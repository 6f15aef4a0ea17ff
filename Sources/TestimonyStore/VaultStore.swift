public import Foundation
import GRDB

/// The vault's SQLite database (through GRDB). It stores opaque ids, template ids, status, coarse
/// dates and ciphertext only: it never sees plaintext or keys.
///
/// Every open asserts `secure_delete=ON`, `synchronous=FULL`, `temp_store=MEMORY` and
/// `foreign_keys=ON`; it uses a rollback journal (no WAL files linger beside the database).
public final class VaultStore: Sendable {
    /// Database file name inside the vault directory.
    public static let fileName = "vault.sqlite"

    let queue: DatabaseQueue
    /// The vault directory.
    public let directory: URL

    private init(directory: URL, queue: DatabaseQueue) {
        self.directory = directory
        self.queue = queue
    }

    /// The database path for a vault directory.
    public static func databaseURL(in directory: URL) -> URL {
        directory.appendingPathComponent(fileName)
    }

    /// Whether a vault database exists in `directory`.
    public static func exists(in directory: URL) -> Bool {
        FileManager.default.fileExists(atPath: databaseURL(in: directory).path)
    }

    /// Creates a new vault database (directory 0700, file 0600) with the header row and first slots,
    /// in one transaction. Fails if a vault already exists there.
    public static func create(in directory: URL, vault: VaultRow, slots: [KeySlotRow]) throws(StoreError) -> VaultStore {
        let dbURL = databaseURL(in: directory)
        if FileManager.default.fileExists(atPath: dbURL.path) { throw .vaultExists(path: directory.path) }
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: directory.path)
        } catch {
            throw .notAVault(path: directory.path, reason: "cannot create the directory")
        }
        // The file exists with mode 0600 before SQLite opens it (SQLite gives its journal the same
        // mode). No umask change: the umask is process-wide and would race with other threads.
        guard FileManager.default.createFile(atPath: dbURL.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw .notAVault(path: directory.path, reason: "cannot create the database file")
        }
        do {
            let store = VaultStore(directory: directory, queue: try DatabaseQueue(path: dbURL.path, configuration: SQLiteSafety.configuration(label: "vault")))
            try store.checkPragmas()
            try migrator.migrate(store.queue)
            try store.queue.write { db in
                try vault.insert(db)
                for var slot in slots { try slot.insert(db) }
            }
            return store
        } catch {
            // Leave nothing half-made behind, so a retry does not report "vault exists".
            try? FileManager.default.removeItem(at: dbURL)
            try? FileManager.default.removeItem(atPath: dbURL.path + "-journal")
            throw map(error, path: directory.path)
        }
    }

    /// Opens an existing vault database.
    public static func open(in directory: URL) throws(StoreError) -> VaultStore {
        let dbURL = databaseURL(in: directory)
        guard FileManager.default.fileExists(atPath: dbURL.path) else { throw .vaultNotFound(path: directory.path) }
        do {
            let store = VaultStore(
                directory: directory, queue: try DatabaseQueue(path: dbURL.path, configuration: SQLiteSafety.configuration(label: "vault")))
            try store.checkPragmas()
            // Never migrate a database that is not a vault (an empty file or someone else's SQLite file).
            guard try store.queue.read({ db in try db.tableExists("vault") && db.tableExists("grdb_migrations") }) else {
                throw StoreError.notAVault(path: directory.path, reason: "the database holds no vault")
            }
            if try store.queue.read({ db in try !migrator.hasCompletedMigrations(db) }) {
                try migrator.migrate(store.queue)
            }
            return store
        } catch let error as StoreError {
            throw error
        } catch {
            throw map(error, path: directory.path)
        }
    }

    /// The effective safety pragmas, as SQLite reports them.
    public func pragmas() throws(StoreError) -> [String: String] {
        do {
            return try queue.read { db in try SQLiteSafety.pragmas(db) }
        } catch {
            throw Self.map(error, path: directory.path)
        }
    }

    /// Refuses to go on unless the safety pragmas took effect (LEAK-04).
    func checkPragmas() throws(StoreError) {
        if let (name, value) = SQLiteSafety.firstUnsafe(try pragmas()) {
            throw .unsafePragma(name: name, value: value)
        }
    }

    /// Runs reads, mapping database errors.
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.read(body) } catch let error as StoreError { throw error } catch {
            throw Self.map(error, path: directory.path)
        }
    }

    /// Runs writes in one durable transaction, mapping database errors.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do { return try queue.write(body) } catch let error as StoreError { throw error } catch {
            throw Self.map(error, path: directory.path)
        }
    }

    static func map(_ error: any Error, path: String) -> StoreError {
        if let db = error as? DatabaseError {
            switch db.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT:
                return .notAVault(path: path, reason: "the database file is damaged or not a vault")
            default:
                return .database(code: db.resultCode.rawValue, message: db.message ?? "unknown")
            }
        }
        if let store = error as? StoreError { return store }
        return .database(code: -1, message: String(describing: type(of: error)))
    }
}
