import Dispatch
import TestimonyModel

extension SQLiteCorpusStore {
    /// A page read on a background thread while the walk's caller handles the page before it, so
    /// reading and, say, writing a release use both cores. `wait` gives the page.
    final class PageFetch: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        // Written once on the background thread before `done` is signalled, read after waiting.
        private var result: Result<[CorpusRecord], CorpusStoreError> = .success([])

        /// Starts reading up to `limit` records after `after`.
        init(_ store: SQLiteCorpusStore, after: String, limit: Int) {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                do throws(CorpusStoreError) {
                    result = .success(try store.readPage { db in try SQLiteCorpusStore.fetchPage(db, template: nil, after: after, limit: limit) })
                } catch {
                    result = .failure(error)
                }
                done.signal()
            }
        }

        /// Waits for the page.
        func wait() throws(CorpusStoreError) -> [CorpusRecord] {
            done.wait()
            return try result.get()
        }
    }
}
