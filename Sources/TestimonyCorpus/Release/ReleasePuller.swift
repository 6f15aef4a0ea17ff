public import Foundation
public import TestimonyCrypto

/// `corpus pull`: fetch a release into a staging directory inside the destination, verify it there,
/// and only then rename it to `DEST/<release-id>/`. Earlier releases are kept; the new release's
/// tombstones are applied to them (see `ReleaseTombstoneApplier`).
public enum ReleasePuller {
    public static func pull(
        source: some ReleaseSource, destination: URL, publicKey: Ed25519PublicKey
    ) throws(ReleasePullError) -> ReleasePullResult {
        let createdDestination = !FileManager.default.fileExists(atPath: destination.path)
        let staging: URL
        do {
            try FileManager.default.createDirectory(at: destination, withIntermediateDirectories: true)
            staging = try ReleaseFileSystem.makeWorkingDirectory(in: destination, prefix: "pull")
        } catch {
            throw .io(file: destination.lastPathComponent, reason: ReleaseWriter.reason(error))
        }
        func discardStaging() {
            try? FileManager.default.removeItem(at: staging)
            if createdDestination, (try? FileManager.default.contentsOfDirectory(atPath: destination.path))?.isEmpty == true {
                try? FileManager.default.removeItem(at: destination)
            }
        }

        let verified: VerifiedRelease
        do throws(ReleasePullError) {
            try fetch(from: source, into: staging)
            ReleaseFileSystem.syncDirectory(staging)
            do {
                verified = try ReleaseVerifier.verify(directory: staging, publicKey: publicKey)
            } catch {
                throw ReleasePullError.verification(error)
            }
        } catch {
            discardStaging()
            throw error
        }

        let id = verified.releaseID
        let final = destination.appendingPathComponent(id, isDirectory: true)
        let accepted: Bool
        let chain: ReleaseChainStatus
        // Local releases before this one (each MANIFEST hashed once): the chain check and the
        // tombstones both use them.
        var earlier: [LocalRelease] = []
        do {
            let local = try localReleases(in: destination)
            earlier = local.filter { $0.number < (ReleaseFiles.number(of: id) ?? 0) }
            if let existing = local.first(where: { $0.id == id }),
                existing.manifestSHA256 != verified.manifestSHA256
            {
                throw ReleasePullError.conflictingRelease(id: id)
            }
            chain = try chainStatus(of: verified, local: earlier)
            if local.contains(where: { $0.id == id }) {
                accepted = false
                discardStaging()
            } else {
                do {
                    try ReleaseFileSystem.publish(staging, as: final)
                } catch {
                    throw ReleasePullError.io(file: id, reason: ReleaseWriter.reason(error))
                }
                accepted = true
            }
        } catch let error as ReleasePullError {
            discardStaging()
            throw error
        } catch {
            discardStaging()
            throw .io(file: id, reason: ReleaseWriter.reason(error))
        }

        // Applied after accepting (and again on a re-pull), so an interrupted pull finishes next time.
        let applied = try ReleaseTombstoneApplier.apply(tombstonesOf: final, to: earlier.map(\.directory))
        let counts = try countLines(in: final)
        return ReleasePullResult(
            releaseID: id, directory: final, accepted: accepted, chain: chain, excerptCount: counts.excerpts,
            responseRowCount: counts.rows, tombstoneCount: counts.tombstones, applied: applied)
    }

    /// Copies exactly the seven files; refuses a source that offers anything else.
    private static func fetch(from source: some ReleaseSource, into staging: URL) throws(ReleasePullError) {
        let offered: [String]?
        do {
            offered = try source.fileNames()
        } catch {
            throw .source(file: source.location, reason: "cannot list it")
        }
        if let offered {
            let expected = Set(ReleaseFiles.all)
            if let extra = offered.sorted(by: ReleaseFiles.byteOrder).first(where: { !expected.contains($0) }) {
                throw .source(file: extra, reason: "not part of a release (a release has exactly seven files)")
            }
        }
        for name in ReleaseFiles.all {
            do {
                try source.fetch(name, to: staging.appendingPathComponent(name))
            } catch {
                throw .source(file: name, reason: "missing or unreadable")
            }
        }
    }

    /// A release kept in the destination.
    struct LocalRelease {
        var id: String
        var number: Int
        var directory: URL
        var manifestSHA256: String
    }

    /// The releases kept in `destination`, oldest first (hidden working directories are ignored).
    static func localReleases(in destination: URL) throws(ReleasePullError) -> [LocalRelease] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: destination.path)) ?? []
        var out: [LocalRelease] = []
        for name in names {
            guard let number = ReleaseFiles.number(of: name) else { continue }
            let directory = destination.appendingPathComponent(name, isDirectory: true)
            guard ReleaseFileSystem.isDirectory(directory) else { continue }
            let hash: String
            do {
                hash = try SHA256.hexOfFile(at: directory.appendingPathComponent(ReleaseFiles.manifest))
            } catch {
                throw .localReleaseUnreadable(id: name, reason: "no readable MANIFEST")
            }
            out.append(LocalRelease(id: name, number: number, directory: directory, manifestSHA256: hash))
        }
        return out.sorted { $0.number < $1.number }
    }

    /// Checks the new release against the newest local release before it.
    private static func chainStatus(of release: VerifiedRelease, local earlier: [LocalRelease]) throws(ReleasePullError) -> ReleaseChainStatus {
        guard let newest = earlier.last, let number = ReleaseFiles.number(of: release.releaseID) else {
            return .noEarlierLocalRelease
        }
        if newest.number == number - 1 {
            guard release.previousManifestSHA256 == newest.manifestSHA256 else {
                throw .chainMismatch(release: release.releaseID, previous: newest.id)
            }
            return .linked(previous: newest.id)
        }
        let width = max(4, release.releaseID.count - 1)
        let missing = ((newest.number + 1)..<number).map { n -> String in
            let digits = String(n)
            return "r" + String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return .gap(newestLocal: newest.id, missing: missing)
    }

    private static func countLines(in directory: URL) throws(ReleasePullError) -> (excerpts: Int, rows: Int, tombstones: Int) {
        do {
            func count(_ name: String) throws -> Int {
                let reader = try ReleaseLineReader(url: directory.appendingPathComponent(name))
                var n = 0
                while try reader.next() != nil { n += 1 }
                return n
            }
            let rows = try ReleaseTombstoneApplier.countCSVRecords(directory.appendingPathComponent(ReleaseFiles.responses))
            return (try count(ReleaseFiles.excerpts), max(0, rows - 1), try count(ReleaseFiles.tombstones))
        } catch {
            throw .io(file: directory.lastPathComponent, reason: "cannot read the release back")
        }
    }
}
