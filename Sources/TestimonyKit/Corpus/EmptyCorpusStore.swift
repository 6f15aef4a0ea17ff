import TestimonyModel

/// A corpus with nothing in it that refuses writes: `publish --dry-run` before the first publish,
/// so that a dry run never creates a corpus file.
struct EmptyCorpusStore: CorpusStore {
    func insert(_ records: [CorpusRecord]) throws(CorpusStoreError) { throw .database("read-only empty corpus") }
    func regeneralise(_ records: [CorpusRecord]) throws(CorpusStoreError) { throw .database("read-only empty corpus") }
    func retract(recordIDs: [String]) throws(CorpusStoreError) -> [CorpusTombstone] { [] }
    func retract(excerptIDs: [String]) throws(CorpusStoreError) -> [CorpusTombstone] { [] }
    func records(template: String) throws(CorpusStoreError) -> [CorpusRecord] { [] }
    func forEachRecord(_ body: (CorpusRecord) throws -> Void) throws(CorpusStoreError) {}
    func recordIDs(consentLapsedBy day: String) throws(CorpusStoreError) -> [String] { [] }
    func counts() throws(CorpusStoreError) -> (records: Int, excerpts: Int) { (0, 0) }
    func tombstones() throws(CorpusStoreError) -> [CorpusTombstone] { [] }
    func releases() throws(CorpusStoreError) -> [CorpusReleaseInfo] { [] }
    func recordRelease(_ info: CorpusReleaseInfo) throws(CorpusStoreError) { throw .database("read-only empty corpus") }
}
