import Foundation
import Testing
import TestimonyCorpus
import TestimonyCrypto
import TestimonyModel
import TestimonyTestSupport

@Suite("Release: streaming a large corpus")
struct ReleaseStreamingTests {
    static let recordCount = 50_000

    /// 50 000 synthetic records made one at a time inside the visitor: the writer never sees them all
    /// at once, so neither side can hold the corpus in memory.
    @Test func fiftyThousandRecordsStreamThroughWriteVerifyAndPull() throws {
        let dir = TemporaryDirectory("release-stream")
        let key = try Ed25519SigningKey.generate()
        var visited = 0
        let result = try ReleaseFixtures.writer("r0001").write(
            into: dir.path("published"),
            records: { visit in
                for n in 1...Self.recordCount {
                    try visit(ReleaseFixtures.record(n, excerpts: n % 10 == 0 ? 2 : 1))
                    visited += 1
                }
            },
            sign: { key.sign($0) })
        #expect(visited == Self.recordCount)
        #expect(result.responseCount == Self.recordCount)
        #expect(result.excerptCount == Self.recordCount + Self.recordCount / 10)
        #expect(result.responseRowCount == Self.recordCount * 5)
        let verified = try ReleaseVerifier.verify(directory: result.directory, publicKey: key.verifyingKey)
        #expect(verified.manifestSHA256 == result.manifestSHA256)

        let pulled = try ReleasePuller.pull(
            source: DirectoryReleaseSource(directory: result.directory), destination: dir.path("dest"), publicKey: key.verifyingKey)
        #expect(pulled.excerptCount == result.excerptCount)
        #expect(pulled.responseRowCount == result.responseRowCount)
    }
}
