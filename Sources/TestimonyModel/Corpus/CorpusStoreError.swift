/// Why a corpus store operation failed. Descriptions name files and ids, never excerpt text.
public enum CorpusStoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No corpus at this path.
    case notFound(path: String)
    /// The file is not a testimony corpus (or is damaged).
    case notACorpus(path: String, reason: String)
    /// A record or excerpt id is already in the corpus.
    case duplicateID(String)
    /// A record id that is not in the corpus.
    case unknownRecord(String)
    /// The database failed (disk full, locked, I/O): the operation was rolled back.
    case database(String)

    public var description: String {
        switch self {
        case .notFound(let path): "no corpus at \(path) (it is created by the first `testimony publish`)"
        case .notACorpus(let path, let reason): "\(path) is not a testimony corpus: \(reason)"
        case .duplicateID(let id): "the corpus already holds \(id); nothing was stored"
        case .unknownRecord(let id): "the corpus holds no record \(id); nothing was changed"
        case .database(let reason): "the corpus database failed (\(reason)); nothing was changed"
        }
    }
}
