import Foundation
import Testing
import TestimonyCorpus
import TestimonyCrypto
import TestimonyModel
import TestimonyTestSupport

/// Runs the shell block of docs/corpus.md, "Verifying with standard tools", exactly as documented.
@Suite("Release: the documented standard-tools recipe")
struct ReleaseStandardToolsTests {
    static let doc = Fixtures.packageRoot.appendingPathComponent("docs/corpus.md")

    /// The first ```sh block after the heading.
    static func recipe() throws -> String {
        let text = try String(contentsOf: doc, encoding: .utf8)
        guard let heading = text.range(of: "### Verifying with standard tools"),
            let open = text.range(of: "```sh\n", range: heading.upperBound..<text.endIndex),
            let close = text.range(of: "```", range: open.upperBound..<text.endIndex)
        else { throw CocoaError(.fileReadCorruptFile) }
        return String(text[open.upperBound..<close.lowerBound])
    }

    static func runRecipe(in directory: URL) throws -> Int32 {
        try ReleaseFixtures.run("/bin/sh", ["-c", try recipe()], in: directory).status
    }

    @Test(.enabled(if: ReleaseFixtures.haveTools, "sha256sum or openssl is not installed"))
    func theRecipeAcceptsAReleaseAndRefusesEveryChangedFile() throws {
        let dir = TemporaryDirectory("release-recipe")
        let key = try Ed25519SigningKey.generate()
        let release = try ReleaseFixtures.write((1...3).map { ReleaseFixtures.record($0) },
            tombstones: [CorpusTombstone(kind: .response, id: "rs-withdrawn")], into: dir.url, key: key).directory
        dir.write("corpus-signing.pem", key.verifyingKey.pemEncoded)
        #expect(try Self.runRecipe(in: dir.url) == 0)

        for name in ReleaseFiles.all {
            let file = release.appendingPathComponent(name)
            let original = try Data(contentsOf: file)
            var bytes = Array(original)
            try #require(!bytes.isEmpty)
            bytes[bytes.count / 2] ^= 0x01
            try Data(bytes).write(to: file)
            #expect(try Self.runRecipe(in: dir.url) != 0, "the recipe accepted a changed \(name)")
            try original.write(to: file)
        }
        try Data("synthetic".utf8).write(to: release.appendingPathComponent("extra.txt"))
        #expect(try Self.runRecipe(in: dir.url) != 0, "the recipe accepted an extra file")
        try FileManager.default.removeItem(at: release.appendingPathComponent("extra.txt"))
        #expect(try Self.runRecipe(in: dir.url) == 0)
        try FileManager.default.removeItem(at: release.appendingPathComponent("DATACARD.md"))
        #expect(try Self.runRecipe(in: dir.url) != 0, "the recipe accepted a missing file")
    }
}
