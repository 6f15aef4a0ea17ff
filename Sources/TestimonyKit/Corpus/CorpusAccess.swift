public import Foundation
public import TestimonyModel
import TestimonyStore

/// Opens the embedded SQLite corpus behind the `CorpusStore` protocol (a shared PostgreSQL corpus
/// will plug in here).
public enum CorpusAccess {
    /// An existing corpus; a missing one is an error that says how corpora come to be.
    public static func open(at url: URL) throws -> any CorpusStore {
        try SQLiteCorpusStore.open(at: url)
    }

    /// The corpus, created on first use (by `publish`).
    public static func openOrCreate(at url: URL) throws -> any CorpusStore {
        try SQLiteCorpusStore.openOrCreate(at: url)
    }

    /// An empty corpus that refuses writes (dry runs before the first publish).
    public static func inMemory() -> any CorpusStore { EmptyCorpusStore() }

    /// The corpus if the file exists, else nil (for withdrawals of testimonies never published).
    public static func openIfExists(at url: URL) throws -> (any CorpusStore)? {
        FileManager.default.fileExists(atPath: url.path) ? try SQLiteCorpusStore.open(at: url) : nil
    }
}
