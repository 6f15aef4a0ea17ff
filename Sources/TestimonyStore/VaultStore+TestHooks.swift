import Foundation
import GRDB

extension VaultStore {
    /// Test hook (internal, reachable only through `@testable import`): reads one BLOB cell.
    func rawBlob(sql: String) throws(StoreError) -> Data? {
        try read { db in try Data.fetchOne(db, sql: sql) }
    }

    /// Test hook (internal): runs one statement with an optional BLOB argument, to tamper with a vault.
    func rawExecute(sql: String, blob: Data? = nil) throws(StoreError) {
        try write { db in
            if let blob {
                try db.execute(sql: sql, arguments: [blob])
            } else {
                try db.execute(sql: sql)
            }
        }
    }
}
