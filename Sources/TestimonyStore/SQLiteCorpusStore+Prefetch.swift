import Dispatch
import Foundation
import TestimonyModel

extension SQLiteCorpusStore {
    /// Reads the pages after a record id on one background thread, up to `depth` pages ahead of the
    /// walk, so reading and, say, writing a release use both cores and a slow page on either side
    /// does not stall the other. Each page carries the store's write count from before it was read:
    /// a page whose count has moved since may be stale (`forEachRecord` then reads it again).
    final class PagePrefetcher: @unchecked Sendable {
        struct Page {
            var records: [CorpusRecord]
            /// `writes.value` before the page was read.
            var generation: Int
        }

        private let lock = NSLock()
        /// Signalled once per page (or failure) added to `pages`.
        private let filled = DispatchSemaphore(value: 0)
        /// Free places for pages ahead; the reading thread waits on it before each page.
        private let places: DispatchSemaphore
        private let depth: Int
        // Guarded by `lock`:
        private var pages: [Page] = []
        private var failure: CorpusStoreError?
        private var stopped = false
        /// Finished pages handed back, freed on the reading thread (see `recycle`).
        private var finished: [[CorpusRecord]] = []

        /// Starts reading pages of up to `limit` records after `after`.
        init(_ store: SQLiteCorpusStore, after: String, limit: Int, depth: Int = 2) {
            self.depth = depth
            places = DispatchSemaphore(value: depth)
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                var last = after
                while true {
                    places.wait()
                    // The reading thread frees finished pages itself: they are small allocations
                    // made on this thread, which its next page then reuses (freed elsewhere, they
                    // went back to this thread's heap under a lock while fresh memory was taken).
                    let (stop, dropped) = lock.withLock {
                        defer { finished = [] }
                        return (stopped, finished)
                    }
                    _ = consume dropped
                    if stop { return }
                    let generation = store.writes.value
                    let page: [CorpusRecord]
                    do throws(CorpusStoreError) {
                        page = try store.readPage { db in try SQLiteCorpusStore.fetchPage(db, template: nil, after: last, limit: limit) }
                    } catch {
                        lock.withLock { failure = error }
                        filled.signal()
                        return
                    }
                    lock.withLock { pages.append(Page(records: page, generation: generation)) }
                    filled.signal()
                    guard let next = page.last?.id else { return }
                    last = next
                }
            }
        }

        /// The next page (empty at the end of the corpus), waiting for it if need be.
        func next() throws(CorpusStoreError) -> Page {
            filled.wait()
            let result: Result<Page, CorpusStoreError> = lock.withLock {
                if pages.isEmpty, let failure { return .failure(failure) }
                return .success(pages.removeFirst())
            }
            places.signal()
            return try result.get()
        }

        /// Hands back a page the caller has finished with, to be freed on the reading thread.
        func recycle(_ page: consuming [CorpusRecord]) {
            let page = page
            lock.withLock { finished.append(page) }
        }

        /// Stops reading ahead (pages not taken are dropped). Call once, when the walk ends for
        /// whatever reason; the reading thread may be waiting for a free place, so every place is
        /// given back, which also leaves the semaphore at least at its starting value.
        func stop() {
            lock.withLock { stopped = true }
            for _ in 0...depth { places.signal() }
        }
    }
}
