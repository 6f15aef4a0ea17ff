/// The corpus behind one protocol: the embedded SQLite file now (`SQLiteCorpusStore` in
/// TestimonyStore), a shared PostgreSQL corpus later. Every method is one transaction: it happens
/// whole or not at all.
public protocol CorpusStore: Sendable {
    /// Adds published records (a publish can release several pending ones at once). Fails, storing
    /// nothing, if any record or excerpt id already exists.
    func insert(_ records: [CorpusRecord]) throws(CorpusStoreError)

    /// Replaces the `quasi` values and `levels` of records already published (when the corpus is
    /// generalised up a ladder), matched by record id; nothing else of them changes. Unknown ids fail
    /// and change nothing.
    func regeneralise(_ records: [CorpusRecord]) throws(CorpusStoreError)

    /// Removes records (and their excerpts) and adds a tombstone for each removed response and
    /// excerpt, in one transaction. Returns the tombstones. Unknown ids are skipped (withdrawing twice
    /// is harmless).
    @discardableResult
    func retract(recordIDs: [String]) throws(CorpusStoreError) -> [CorpusTombstone]

    /// Removes single excerpts (a consent that narrows), tombstoning them.
    @discardableResult
    func retract(excerptIDs: [String]) throws(CorpusStoreError) -> [CorpusTombstone]

    /// Every record of a template (all versions), for disclosure checks.
    func records(template: String) throws(CorpusStoreError) -> [CorpusRecord]

    /// Visits every record in a stable order (by id), without loading the whole corpus.
    func forEachRecord(_ body: (CorpusRecord) throws -> Void) throws(CorpusStoreError)

    /// Ids of the records whose research consent lapses on or before `day` (`YYYY-MM-DD`; a
    /// consent lapses on its expiry day), in id order, without loading the records.
    func recordIDs(consentLapsedBy day: String) throws(CorpusStoreError) -> [String]

    /// Number of records and excerpts.
    func counts() throws(CorpusStoreError) -> (records: Int, excerpts: Int)

    /// Every tombstone, oldest first.
    func tombstones() throws(CorpusStoreError) -> [CorpusTombstone]

    /// Releases made so far, oldest first.
    func releases() throws(CorpusStoreError) -> [CorpusReleaseInfo]

    /// Records a release and stamps every tombstone that had no release yet with its id.
    func recordRelease(_ info: CorpusReleaseInfo) throws(CorpusStoreError)
}
