import Foundation
import Testing
import TestimonyCorpus
import TestimonyCrypto
import TestimonyModel
import TestimonyTestSupport

@Suite("Release: pull")
struct ReleasePullTests {
    /// A publisher with r0001 and r0002 (r0002 withdraws one excerpt and one response of r0001), and
    /// an empty researcher destination.
    struct Scenario {
        let root = TemporaryDirectory("release-pull")
        let key: Ed25519SigningKey
        let r1: ReleaseWriteResult
        let r2: ReleaseWriteResult
        var published: URL { root.path("published") }
        var dest: URL { root.path("dest") }
        static let withdrawnExcerpt = ReleaseFixtures.excerptID(2, 1)
        static let withdrawnResponse = ReleaseFixtures.responseID(3)

        init() throws {
            key = try Ed25519SigningKey.generate()
            let records = (1...5).map { ReleaseFixtures.record($0, excerpts: 2) }
            r1 = try ReleaseFixtures.write(records, id: "r0001", into: root.path("published"), key: key)
            let tombstones = [CorpusTombstone(kind: .excerpt, id: Self.withdrawnExcerpt, release: "r0002"),
                CorpusTombstone(kind: .response, id: Self.withdrawnResponse, release: "r0002"),
                CorpusTombstone(kind: .excerpt, id: ReleaseFixtures.excerptID(3, 0), release: "r0002"),
                CorpusTombstone(kind: .excerpt, id: ReleaseFixtures.excerptID(3, 1), release: "r0002")]
            var later = records.filter { $0.id != Self.withdrawnResponse }
            later[1].excerpts.removeLast()
            later.append(ReleaseFixtures.record(6))
            r2 = try ReleaseFixtures.write(later, id: "r0002", previous: r1.manifestSHA256, tombstones: tombstones,
                into: root.path("published"), key: key)
        }

        func pull(_ release: URL, key: Ed25519PublicKey? = nil) throws(ReleasePullError) -> ReleasePullResult {
            try ReleasePuller.pull(source: DirectoryReleaseSource(directory: release), destination: dest, publicKey: key ?? self.key.verifyingKey)
        }
    }

    @Test func pullsVerifiesAndChains() throws {
        let s = try Scenario()
        let first = try s.pull(s.r1.directory)
        #expect(first.accepted)
        #expect(first.releaseID == "r0001")
        #expect(first.chain == .noEarlierLocalRelease)
        #expect(first.excerptCount == 10)
        #expect(first.applied.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: s.dest.path) == ["r0001"])
        _ = try ReleaseVerifier.verify(directory: s.dest.appendingPathComponent("r0001"), publicKey: s.key.verifyingKey)

        let second = try s.pull(s.r2.directory)
        #expect(second.accepted)
        #expect(second.chain == .linked(previous: "r0001"))
        #expect(second.tombstoneCount == 4)
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: s.dest.path)) == ["r0001", "r0002"])
        _ = try ReleaseVerifier.verify(directory: s.dest.appendingPathComponent("r0002"), publicKey: s.key.verifyingKey)
    }

    @Test func tombstonesAreAppliedToEarlierReleases() throws {
        let s = try Scenario()
        _ = try s.pull(s.r1.directory)
        let result = try s.pull(s.r2.directory)
        #expect(result.applied == [ReleasePullResult.Application(
            releaseID: "r0001", excerptsRemoved: 3, responsesRemoved: 1,
            tombstoneIDs: [Scenario.withdrawnExcerpt, Scenario.withdrawnResponse, ReleaseFixtures.excerptID(3, 0), ReleaseFixtures.excerptID(3, 1)])])
        #expect(result.tombstonesApplied == 4)
        let old = s.dest.appendingPathComponent("r0001")
        let excerpts = try String(contentsOf: old.appendingPathComponent("excerpts.jsonl"), encoding: .utf8)
        #expect(!excerpts.contains(Scenario.withdrawnExcerpt))
        #expect(excerpts.split(separator: "\n").count == 7)
        let csv = try String(contentsOf: old.appendingPathComponent("responses.csv"), encoding: .utf8)
        #expect(!csv.contains(Scenario.withdrawnResponse))
        #expect(csv.hasPrefix("response_id,"))
        #expect(csv.split(separator: "\n").count == 1 + 4 * 5)
        let notes = try String(contentsOf: old.appendingPathComponent("LOCAL-CHANGES.md"), encoding: .utf8)
        #expect(notes.contains("Tombstones of r0002"))
        #expect(notes.contains(Scenario.withdrawnExcerpt))
        #expect(notes.contains(Scenario.withdrawnResponse))
        #expect(notes.contains("no longer match their hashes in `MANIFEST`"))
        // On purpose: the changed copy no longer verifies, and says why in LOCAL-CHANGES.md.
        #expect(throws: ReleaseVerificationError.unexpectedFile("LOCAL-CHANGES.md")) { try ReleaseVerifier.verify(directory: old, publicKey: s.key.verifyingKey) }
        #expect(ReleaseVerificationError.unexpectedFile("LOCAL-CHANGES.md").description.contains("on purpose"))
        // No temporary files are left behind.
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: old.path)) == Set(ReleaseFiles.all + ["LOCAL-CHANGES.md"]))
        #expect(try SHA256.hexOfFile(at: old.appendingPathComponent("MANIFEST")) == s.r1.manifestSHA256)
    }

    @Test func aTamperedSourceLeavesTheDestinationUnchanged() throws {
        let s = try Scenario()
        _ = try s.pull(s.r1.directory)
        let before = ReleaseFixtures.snapshot(s.dest)
        for name in ReleaseFiles.all {
            let mirror = s.root.path("mirror-\(name)")
            try FileManager.default.copyItem(at: s.r2.directory, to: mirror)
            let file = mirror.appendingPathComponent(name)
            var bytes = Array(try Data(contentsOf: file))
            bytes[bytes.count / 2] ^= 0x20
            try Data(bytes).write(to: file)
            #expect(throws: ReleasePullError.self) { try s.pull(mirror) }
            #expect(ReleaseFixtures.snapshot(s.dest) == before, "pulling a tampered \(name) changed the destination")
        }
        // A wrong key, an extra file and a missing file are refused the same way.
        #expect(throws: ReleasePullError.verification(.badSignature)) { try s.pull(s.r2.directory, key: try Ed25519SigningKey.generate().verifyingKey) }
        let extra = s.root.path("mirror-extra")
        try FileManager.default.copyItem(at: s.r2.directory, to: extra)
        try Data("synthetic".utf8).write(to: extra.appendingPathComponent("README.txt"))
        #expect(throws: ReleasePullError.source(file: "README.txt", reason: "not part of a release (a release has exactly seven files)")) { try s.pull(extra) }
        let missing = s.root.path("mirror-missing")
        try FileManager.default.copyItem(at: s.r2.directory, to: missing)
        try FileManager.default.removeItem(at: missing.appendingPathComponent("codebook.json"))
        #expect(throws: ReleasePullError.source(file: "codebook.json", reason: "missing or unreadable")) { try s.pull(missing) }
        #expect(ReleaseFixtures.snapshot(s.dest) == before)
    }

    @Test func pullingTheSameReleaseTwiceIsANoOp() throws {
        let s = try Scenario()
        _ = try s.pull(s.r1.directory)
        _ = try s.pull(s.r2.directory)
        let before = ReleaseFixtures.snapshot(s.dest)
        let again = try s.pull(s.r2.directory)
        #expect(!again.accepted)
        #expect(again.applied.isEmpty)
        #expect(again.chain == .linked(previous: "r0001"))
        #expect(ReleaseFixtures.snapshot(s.dest) == before)
        let first = try s.pull(s.r1.directory)
        #expect(!first.accepted)
        #expect(ReleaseFixtures.snapshot(s.dest) == before)
    }

    @Test func aDifferentReleaseWithTheSameIdIsRefused() throws {
        let s = try Scenario()
        _ = try s.pull(s.r1.directory)
        let before = ReleaseFixtures.snapshot(s.dest)
        let other = try ReleaseFixtures.write([ReleaseFixtures.record(9)], id: "r0001", into: s.root.path("fork"), key: s.key)
        #expect(throws: ReleasePullError.conflictingRelease(id: "r0001")) { try s.pull(other.directory) }
        #expect(ReleaseFixtures.snapshot(s.dest) == before)
    }

    @Test func aBrokenChainIsRefusedAndAGapIsReported() throws {
        let s = try Scenario()
        _ = try s.pull(s.r1.directory)
        let before = ReleaseFixtures.snapshot(s.dest)
        let forked = try ReleaseFixtures.write([ReleaseFixtures.record(9)], id: "r0002", previous: String(repeating: "0", count: 64),
            into: s.root.path("fork"), key: s.key)
        #expect(throws: ReleasePullError.chainMismatch(release: "r0002", previous: "r0001")) { try s.pull(forked.directory) }
        #expect(ReleaseFixtures.snapshot(s.dest) == before)

        let r3 = try ReleaseFixtures.write([ReleaseFixtures.record(7)], id: "r0003", previous: s.r2.manifestSHA256,
            tombstones: [CorpusTombstone(kind: .excerpt, id: Scenario.withdrawnExcerpt, release: "r0002")],
            into: s.root.path("published"), key: s.key)
        let result = try s.pull(r3.directory)
        #expect(result.accepted)
        #expect(result.chain == .gap(newestLocal: "r0001", missing: ["r0002"]))
        #expect(result.applied.map(\.releaseID) == ["r0001"])
        // Back-filling the gap later links r0002 to r0001.
        let filled = try s.pull(s.r2.directory)
        #expect(filled.chain == .linked(previous: "r0001"))
    }

    @Test func errorsNameFilesNotContents() {
        let errors: [ReleasePullError] = [.verification(.hashMismatch(file: "excerpts.jsonl")), .conflictingRelease(id: "r0001"),
            .chainMismatch(release: "r0002", previous: "r0001"), .source(file: "codebook.json", reason: "missing or unreadable")]
        for error in errors { #expect(!error.description.isEmpty) }
        #expect(errors[0].description.contains("excerpts.jsonl"))
    }
}
