/// Why a release could not be written. Nothing is left at the destination when writing fails.
/// Descriptions name files and inputs, never record contents.
public enum ReleaseWriteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `DIR/<release-id>` already exists: releases are never overwritten.
    case releaseExists(path: String)
    /// An input is malformed (release id, month, day, previous hash, …).
    case invalidInput(String)
    /// The record source did not visit records in byte order of their ids.
    case recordsOutOfOrder(after: String, got: String)
    /// The record source failed.
    case recordSource(String)
    /// The signing closure failed or returned something that is not a 64-byte signature.
    case signing(String)
    /// Writing a file failed (disk full, permissions, …).
    case io(file: String, reason: String)

    public var description: String {
        switch self {
        case .releaseExists(let path): "\(path) already exists; a release is never overwritten"
        case .invalidInput(let why): "cannot write the release: \(why)"
        case .recordsOutOfOrder(let after, let got):
            "records must come in order of their ids, but \(got) came after \(after); nothing was written"
        case .recordSource(let why): "reading the corpus failed (\(why)); nothing was written"
        case .signing(let why): "signing MANIFEST failed (\(why)); nothing was written"
        case .io(let file, let reason): "writing \(file) failed (\(reason)); nothing was written"
        }
    }
}
