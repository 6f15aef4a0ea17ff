/// Why a pull was refused. The destination is left as it was (except for tombstones already applied
/// to earlier releases, which are never undone). Descriptions name files and ids, never contents.
public enum ReleasePullError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The source could not be read, lacks a file, or offers a file a release does not have.
    case source(file: String, reason: String)
    /// The fetched release did not verify; nothing was accepted.
    case verification(ReleaseVerificationError)
    /// A different release with the same id is already kept locally.
    case conflictingRelease(id: String)
    /// The release's previous-manifest hash is not the MANIFEST hash of the local release before it.
    case chainMismatch(release: String, previous: String)
    /// A release kept locally cannot be read (its MANIFEST is missing or unreadable).
    case localReleaseUnreadable(id: String, reason: String)
    /// Writing into the destination failed.
    case io(file: String, reason: String)

    public var description: String {
        switch self {
        case .source(let file, let reason): "cannot fetch \(file) from the source: \(reason)"
        case .verification(let error): "the release does not verify, nothing was accepted: \(error)"
        case .conflictingRelease(let id):
            "a different release \(id) is already kept locally (its MANIFEST differs): refusing to replace it"
        case .chainMismatch(let release, let previous):
            "\(release) does not follow the local \(previous): its previous-manifest hash differs from \(previous)'s MANIFEST"
        case .localReleaseUnreadable(let id, let reason): "the local release \(id) cannot be read (\(reason))"
        case .io(let file, let reason): "writing \(file) failed (\(reason))"
        }
    }
}
