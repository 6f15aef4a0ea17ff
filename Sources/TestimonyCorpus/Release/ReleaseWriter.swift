public import Foundation
public import TestimonyModel
import TestimonyCrypto

/// Writes a release directory (docs/corpus.md, "Release directory"): the seven files into a hidden
/// working directory next to the destination, each fsynced, then one rename to `DIR/<release-id>/`.
/// Records stream through one at a time; the corpus is never held in memory. The same inputs give
/// the same bytes.
public struct ReleaseWriter: Sendable {
    /// Visits every record in order of id, like `CorpusStore.forEachRecord`.
    public typealias RecordSource = (_ visit: (CorpusRecord) throws -> Void) throws -> Void
    /// Signs the exact MANIFEST bytes, returning a 64-byte Ed25519 signature.
    public typealias Signer = ([UInt8]) throws -> [UInt8]

    public var releaseID: String
    /// SHA-256 (hex) of the previous release's MANIFEST, nil for the first release.
    public var previousManifestSHA256: String?
    /// `YYYY-MM`: the only time a release carries.
    public var month: String
    /// The release day (`YYYY-MM-DD`, UTC): records whose consent lapsed on or before it are skipped
    /// and reported, excerpts whose quotes consent lapsed on or before it lose the quotable mark (a
    /// consent lapses on its expiry day, as at the publication gate).
    public var today: String
    /// Written as `codebook.json`, with its `release` set to `releaseID`.
    public var codebook: Codebook
    /// Every tombstone so far, oldest first; those without a release get `releaseID`.
    public var tombstones: [CorpusTombstone]
    public var datacard: ReleaseDatacard

    public init(
        releaseID: String, previousManifestSHA256: String?, month: String, today: String, codebook: Codebook,
        tombstones: [CorpusTombstone], datacard: ReleaseDatacard
    ) {
        self.releaseID = releaseID
        self.previousManifestSHA256 = previousManifestSHA256
        self.month = month
        self.today = today
        self.codebook = codebook
        self.tombstones = tombstones
        self.datacard = datacard
    }

    /// Writes `directory/<release-id>/`. Refuses if it exists; leaves nothing behind on failure.
    public func write(
        into directory: URL, records: RecordSource, sign: Signer
    ) throws(ReleaseWriteError) -> ReleaseWriteResult {
        try validate()
        let destination = directory.appendingPathComponent(releaseID, isDirectory: true)
        if FileManager.default.fileExists(atPath: destination.path) { throw .releaseExists(path: destination.path) }
        let work: URL
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            work = try ReleaseFileSystem.makeWorkingDirectory(in: directory, prefix: "\(releaseID).partial")
        } catch {
            throw .io(file: directory.lastPathComponent, reason: Self.reason(error))
        }
        do {
            var result = try writeFiles(into: work, records: records, sign: sign)
            do {
                try ReleaseFileSystem.publish(work, as: destination)
            } catch {
                if FileManager.default.fileExists(atPath: destination.path) {
                    throw ReleaseWriteError.releaseExists(path: destination.path)
                }
                throw ReleaseWriteError.io(file: releaseID, reason: Self.reason(error))
            }
            result.directory = destination
            return result
        } catch {
            try? FileManager.default.removeItem(at: work)
            if let error = error as? ReleaseWriteError { throw error }
            throw .io(file: releaseID, reason: Self.reason(error))
        }
    }

    private func validate() throws(ReleaseWriteError) {
        guard ReleaseFiles.isValidReleaseID(releaseID) else { throw .invalidInput("release id must look like r0001") }
        if let previous = previousManifestSHA256, !ReleaseFiles.isSHA256Hex(previous) {
            throw .invalidInput("the previous manifest hash must be 64 lowercase hex digits")
        }
        guard month.utf8.count == 7, Self.isDigits(month, [0, 1, 2, 3, 5, 6]), Array(month.utf8)[4] == UInt8(ascii: "-")
        else { throw .invalidInput("month must be YYYY-MM") }
        guard today.utf8.count == 10, Self.isDigits(today, [0, 1, 2, 3, 5, 6, 8, 9]), today.hasPrefix(month) else {
            throw .invalidInput("today must be a YYYY-MM-DD day in the release month")
        }
    }

    private static func isDigits(_ text: String, _ positions: [Int]) -> Bool {
        let bytes = Array(text.utf8)
        return positions.allSatisfy { bytes[$0] >= UInt8(ascii: "0") && bytes[$0] <= UInt8(ascii: "9") }
    }

    static func reason(_ error: any Error) -> String { ReleaseIOReason.describe(error) }

    /// Writes the seven files into `work` (not yet published).
    private func writeFiles(into work: URL, records: RecordSource, sign: Signer) throws -> ReleaseWriteResult {
        let stats = try writeRecords(into: work, records: records)
        var hashes: [String: String] = [ReleaseFiles.excerpts: stats.excerptsSHA256, ReleaseFiles.responses: stats.responsesSHA256]

        var book = codebook
        book.release = releaseID
        let bookEncoder = JSONEncoder()
        bookEncoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        hashes[ReleaseFiles.codebook] = try writeWhole(ReleaseFiles.codebook, in: work, bytes: Array(try bookEncoder.encode(book)) + [0x0A])

        let tombstoneWriter = try ReleaseFileWriter(creating: work.appendingPathComponent(ReleaseFiles.tombstones))
        for var tombstone in tombstones {
            if tombstone.release == nil { tombstone.release = releaseID }
            try tombstoneWriter.write(Array(try Self.lineEncoder.encode(tombstone)) + [0x0A])
        }
        hashes[ReleaseFiles.tombstones] = try tombstoneWriter.close()

        let counts = ReleaseDatacard.Counts(
            excerpts: stats.excerpts, responses: stats.responses, responseRows: stats.rows,
            templates: codebook.templates.count, tombstones: tombstones.count)
        let card = datacard.markdown(releaseID: releaseID, month: month, previous: previousManifestSHA256, counts: counts)
        hashes[ReleaseFiles.datacard] = try writeWhole(ReleaseFiles.datacard, in: work, bytes: Array(card.utf8))

        let manifest = ReleaseManifest(
            releaseID: releaseID, previousManifestSHA256: previousManifestSHA256,
            entries: ReleaseFiles.hashed.map { ReleaseManifest.Entry(file: $0, sha256: hashes[$0] ?? "") })
        let manifestBytes = manifest.rendered()
        let signature: [UInt8]
        do {
            signature = try sign(manifestBytes)
        } catch {
            throw ReleaseWriteError.signing(String(describing: error))
        }
        let size = Ed25519SigningKey.signatureByteCount
        guard signature.count == size else { throw ReleaseWriteError.signing("the signature has \(signature.count) bytes, not \(size)") }
        let manifestSHA256 = try writeWhole(ReleaseFiles.manifest, in: work, bytes: manifestBytes)
        _ = try writeWhole(ReleaseFiles.signature, in: work, bytes: signature)
        ReleaseFileSystem.syncDirectory(work)

        return ReleaseWriteResult(
            releaseID: releaseID, directory: work, manifestSHA256: manifestSHA256, month: month,
            excerptCount: stats.excerpts, responseCount: stats.responses, responseRowCount: stats.rows,
            tombstoneCount: tombstones.count, expiredRecordIDs: stats.expired, quotableCleared: stats.quotableCleared,
            tombstonedSkipped: stats.tombstonedSkipped)
    }

    /// One encoder for every JSON line: sorted keys, no escaped slashes, no spaces.
    static var lineEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private func writeWhole(_ name: String, in work: URL, bytes: [UInt8]) throws -> String {
        let writer = try ReleaseFileWriter(creating: work.appendingPathComponent(name))
        try writer.write(bytes)
        return try writer.close()
    }
}
