import Dispatch
import TestimonyModel

extension SQLiteCorpusStore {
    /// A page read on a background thread while the walk's caller handles the page before it, so
    /// reading and, say, writing a release use both cores. `wait` gives the page.
    final class PageFetch: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        // Written once on the background thread before `done` is signalled, read after waiting.
        private var result: Result<[CorpusRecord], CorpusStoreError> = .success([])

        /// Starts reading up to `limit` records after `after`, first freeing `dropping` (a finished
        /// page; the caller keeps no other reference to it) on the reading thread.
        init(_ store: SQLiteCorpusStore, after: String, limit: Int, dropping: consuming [CorpusRecord] = []) {
            let dropped = Dropped(dropping)
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                dropped.records = []
                do throws(CorpusStoreError) {
                    result = .success(try store.readPage { db in try SQLiteCorpusStore.fetchPage(db, template: nil, after: after, limit: limit) })
                } catch {
                    result = .failure(error)
                }
                done.signal()
            }
        }

        /// A page handed to the reading thread to free.
        private final class Dropped: @unchecked Sendable {
            // Touched by the reading thread only, once the caller has let go.
            var records: [CorpusRecord]
            init(_ records: [CorpusRecord]) { self.records = records }
        }

        /// Waits for the page.
        func wait() throws(CorpusStoreError) -> [CorpusRecord] {
            done.wait()
            return try result.get()
        }
    }
}
