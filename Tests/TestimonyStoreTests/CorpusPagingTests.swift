import Foundation
import Testing
import TestimonyModel
@testable import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// `forEachRecord` walks the corpus in id order, one page at a time.
    @Suite("Corpus paging")
    struct CorpusPagingTests {
        static let count = 20_000

        /// 20 000 small records, inserted in a shuffled order (deterministic) in batches.
        static func filled(_ label: String) throws -> (dir: TemporaryDirectory, store: SQLiteCorpusStore) {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus(label)
            // A fixed permutation (7919 is prime and coprime to 20 000), so insertion is not id order.
            let order = (0..<count).map { ($0 * 7919) % count }
            var start = 0
            while start < count {
                let end = min(start + 2_000, count)
                try store.insert(order[start..<end].map { index in
                    var record = CorpusTestHelpers.record(String(format: "rs-%08d", index), excerpts: index % 3 == 0 ? 1 : 0)
                    record.answers = [CorpusAnswer(question: "im_education", code: String(index % 5 + 1))]
                    return record
                })
                start = end
            }
            return (dir, store)
        }

        @Test("20 000 records are visited once each, in id order, in pages of at most 500")
        func orderAndPages() throws {
            let (dir, store) = try Self.filled("corpus-paging")
            var ids: [String] = []
            ids.reserveCapacity(Self.count)
            var pages: [Int] = []
            try store.forEachRecord(pageSize: SQLiteCorpusStore.pageSize, onPage: { pages.append($0) }) { record in
                ids.append(record.id)
                if Int(record.id.dropFirst(3))! % 3 == 0 { #expect(record.excerpts.count == 1) }
            }
            #expect(ids.count == Self.count)
            #expect(ids == (0..<Self.count).map { String(format: "rs-%08d", $0) })
            #expect(pages.count == Self.count / SQLiteCorpusStore.pageSize)
            #expect(pages.allSatisfy { $0 <= SQLiteCorpusStore.pageSize })
            withExtendedLifetime(dir) {}
        }

        @Test("the public walk pages too, and the body may use the store between records")
        func publicWalk() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-paging-public")
            let count = SQLiteCorpusStore.pageSize * 2 + 7
            try store.insert((0..<count).reversed().map { CorpusTestHelpers.record(String(format: "rs-pub%05d", $0), excerpts: 0) })
            var ids: [String] = []
            try store.forEachRecord { record in
                ids.append(record.id)
                if ids.count == SQLiteCorpusStore.pageSize + 1 {
                    let records = try store.counts().records
                    #expect(records == count)
                    try store.retract(recordIDs: [String(format: "rs-pub%05d", count - 1)])
                }
            }
            // The last record was withdrawn while the walk was on an earlier page: it is not visited.
            #expect(ids == (0..<(count - 1)).map { String(format: "rs-pub%05d", $0) })
            withExtendedLifetime(dir) {}
        }

        @Test("a write while pages are read ahead: every page read before it is read again")
        func writeWhileReadingAhead() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-paging-ahead")
            let size = SQLiteCorpusStore.pageSize
            let count = size * 5 + 3
            let id = { (n: Int) in String(format: "rs-ahd%05d", n) }
            try store.insert((0..<count).map { CorpusTestHelpers.record(id($0), excerpts: $0 % 2) })
            // Withdrawn while the walk is on page 2, when pages 3 and 4 may already be read ahead:
            // one record of the next page, one two pages on, one on the last page.
            let withdrawn = [id(size * 2 + 10), id(size * 3 + 20), id(size * 5 + 1)]
            var ids: [String] = []
            var pages = 0
            try store.forEachRecord(pageSize: size, onPage: { _ in pages += 1 }) { record in
                ids.append(record.id)
                if ids.count == size + 1 {
                    // Let the reading thread get ahead first.
                    Thread.sleep(forTimeInterval: 0.2)
                    try store.retract(recordIDs: withdrawn)
                }
            }
            let expected = (0..<count).map(id).filter { !withdrawn.contains($0) }
            // (Differences only: the whole lists are thousands of ids.)
            #expect(Set(ids).symmetricDifference(expected).sorted() == [])
            #expect(ids.count == expected.count && ids == expected)
            #expect(pages == 5)  // 2 500 records left, in pages of 500
            withExtendedLifetime(dir) {}
        }

        @Test("an error from the body stops the walk")
        func bodyErrorStops() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-paging-stop")
            try store.insert((0..<5).map { CorpusTestHelpers.record("rs-stop000\($0)", excerpts: 0) })
            var seen = 0
            #expect(throws: CorpusStoreError.unknownRecord("stop")) {
                try store.forEachRecord { _ in
                    seen += 1
                    if seen == 2 { throw CorpusStoreError.unknownRecord("stop") }
                }
            }
            #expect(seen == 2)
            withExtendedLifetime(dir) {}
        }
    }
}
