public import Foundation
public import TestimonyModel

/// What `ReleaseWriter.write` produced.
public struct ReleaseWriteResult: Sendable, Equatable {
    public var releaseID: String
    /// `DIR/<release-id>`.
    public var directory: URL
    /// SHA-256 (hex) of MANIFEST: the next release chains to it.
    public var manifestSHA256: String
    public var month: String
    /// Lines in excerpts.jsonl.
    public var excerptCount: Int
    /// Responses (records) released.
    public var responseCount: Int
    /// Rows in responses.csv (without the header).
    public var responseRowCount: Int
    public var tombstoneCount: Int
    /// Records skipped because their research consent lapsed before `today`: the caller retracts them.
    public var expiredRecordIDs: [String]
    /// Excerpts whose quotable mark was cleared because the quotes consent lapsed.
    public var quotableCleared: Int
    /// Records or excerpts skipped because a tombstone names them.
    public var tombstonedSkipped: Int

    /// What the corpus records of this release.
    public var info: CorpusReleaseInfo {
        CorpusReleaseInfo(
            id: releaseID, manifestSHA256: manifestSHA256, month: month, excerptCount: excerptCount,
            responseCount: responseCount)
    }
}
