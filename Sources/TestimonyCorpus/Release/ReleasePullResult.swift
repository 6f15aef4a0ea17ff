public import Foundation

/// What a pull did.
public struct ReleasePullResult: Sendable, Equatable {
    /// Tombstones applied to one earlier local release.
    public struct Application: Sendable, Equatable {
        public var releaseID: String
        public var excerptsRemoved: Int
        public var responsesRemoved: Int
        /// Ids of the tombstones that removed something there.
        public var tombstoneIDs: [String]

        public init(releaseID: String, excerptsRemoved: Int, responsesRemoved: Int, tombstoneIDs: [String]) {
            self.releaseID = releaseID
            self.excerptsRemoved = excerptsRemoved
            self.responsesRemoved = responsesRemoved
            self.tombstoneIDs = tombstoneIDs
        }
    }

    public var releaseID: String
    /// `DEST/<release-id>`.
    public var directory: URL
    /// false when the same release was already kept locally (a re-pull changes nothing of it).
    public var accepted: Bool
    public var chain: ReleaseChainStatus
    /// Lines in the release's excerpts.jsonl.
    public var excerptCount: Int
    /// Rows in its responses.csv (without the header).
    public var responseRowCount: Int
    /// Tombstones it carries (cumulative).
    public var tombstoneCount: Int
    /// Earlier local releases changed by its tombstones (empty if none needed changing).
    public var applied: [Application]

    /// Distinct tombstones that removed something from an earlier local release.
    public var tombstonesApplied: Int {
        Set(applied.flatMap(\.tombstoneIDs)).count
    }
}
