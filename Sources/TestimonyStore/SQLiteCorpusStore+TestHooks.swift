import Foundation
import GRDB
import TestimonyModel

extension SQLiteCorpusStore {
    /// Test hook (internal, reachable only through `@testable import`): creates a corpus file with
    /// the migrations up to `migration` only, to test the later ones on an older file.
    static func create(at url: URL, upTo migration: String) throws(CorpusStoreError) -> SQLiteCorpusStore {
        guard createExclusively(url.path) else { throw .database("cannot create \(url.path)") }
        do {
            let store = SQLiteCorpusStore(url: url, queue: try DatabaseQueue(path: url.path, configuration: configuration))
            try migrator.migrate(store.queue, upTo: migration)
            return store
        } catch {
            throw map(error, path: url.path)
        }
    }

    /// Test hook (internal): runs statements, to build an old-format corpus or damage one.
    func rawExecute(sql: String, arguments: [String] = []) throws(CorpusStoreError) {
        try write { db in try db.execute(sql: sql, arguments: StatementArguments(arguments)) }
    }
}
