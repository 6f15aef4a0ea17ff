/// How a pulled release links to the releases already kept locally.
public enum ReleaseChainStatus: Sendable, Equatable {
    /// No earlier release is kept locally: nothing to check against.
    case noEarlierLocalRelease
    /// Its previous-manifest hash equals the MANIFEST hash of the local release just before it.
    case linked(previous: String)
    /// Releases between the newest earlier local one and this one are missing locally, so the chain
    /// cannot be checked (a warning, not an error): `missing` lists their ids.
    case gap(newestLocal: String, missing: [String])
}
