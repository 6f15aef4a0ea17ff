import Foundation
import Testing
import TestimonyCorpus
import TestimonyCrypto
import TestimonyModel
import TestimonyTestSupport

@Suite("Release: verification and tampering")
struct ReleaseVerifierTests {
    /// A signed release and its key, in a fresh directory.
    struct Fixture {
        let dir = TemporaryDirectory("release-verify")
        let key: Ed25519SigningKey
        let release: URL
        let pem: URL

        init(tombstones: [CorpusTombstone] = [CorpusTombstone(kind: .excerpt, id: "ex-withdrawn")]) throws {
            key = try Ed25519SigningKey.generate()
            release = try ReleaseFixtures.write((1...5).map { ReleaseFixtures.record($0) }, tombstones: tombstones, into: dir.url, key: key).directory
            pem = dir.write("corpus-signing.pem", key.verifyingKey.pemEncoded)
        }
    }

    static func flip(_ url: URL, at position: Int) throws {
        var bytes = Array(try Data(contentsOf: url))
        bytes[position] ^= 0x01
        try Data(bytes).write(to: url)
    }

    @Test(arguments: ReleaseFiles.all)
    func flippingAnyByteIsCaughtNamingTheFile(_ name: String) throws {
        let fixture = try Fixture()
        let file = fixture.release.appendingPathComponent(name)
        let original = try Data(contentsOf: file)
        #expect(original.count > 2)
        for position in Set([0, original.count / 3, original.count / 2, original.count - 1]).sorted() {
            try Self.flip(file, at: position)
            do {
                _ = try ReleaseVerifier.verify(directory: fixture.release, publicKey: fixture.key.verifyingKey)
                Issue.record("flipping byte \(position) of \(name) was not caught")
            } catch {
                switch name {
                case ReleaseFiles.manifest, ReleaseFiles.signature: #expect(error == .badSignature)
                default: #expect(error == .hashMismatch(file: name))
                }
                #expect(error.description.contains(name))
            }
            if ReleaseFixtures.haveTools {
                let check = try ReleaseFixtures.standardToolsVerify(fixture.release, pem: fixture.pem)
                #expect(!(check.sha256sum && check.openssl), "standard tools accepted \(name) with byte \(position) flipped")
                if ReleaseFiles.hashed.contains(name) { #expect(!check.sha256sum) } else { #expect(!check.openssl) }
            }
            try original.write(to: file)
        }
        _ = try ReleaseVerifier.verify(directory: fixture.release, publicKey: fixture.key.verifyingKey)
    }

    @Test func anExtraFileIsNamed() throws {
        let fixture = try Fixture()
        for extra in ["notes.txt", ".hidden", "LOCAL-CHANGES.md"] {
            let url = fixture.release.appendingPathComponent(extra)
            try Data("synthetic".utf8).write(to: url)
            #expect(throws: ReleaseVerificationError.unexpectedFile(extra)) {
                try ReleaseVerifier.verify(directory: fixture.release, publicKey: fixture.key.verifyingKey)
            }
            try FileManager.default.removeItem(at: url)
        }
        let sub = fixture.release.appendingPathComponent("subdir")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: false)
        #expect(throws: ReleaseVerificationError.unexpectedFile("subdir")) {
            try ReleaseVerifier.verify(directory: fixture.release, publicKey: fixture.key.verifyingKey)
        }
    }

    @Test(arguments: ReleaseFiles.all)
    func aMissingFileIsNamed(_ name: String) throws {
        let fixture = try Fixture()
        try FileManager.default.removeItem(at: fixture.release.appendingPathComponent(name))
        do {
            _ = try ReleaseVerifier.verify(directory: fixture.release, publicKey: fixture.key.verifyingKey)
            Issue.record("a missing \(name) was not caught")
        } catch {
            #expect(error == .missingFile(name))
            #expect(error.description.contains(name))
        }
    }

    @Test func aLinkInPlaceOfAFileIsRefused() throws {
        let fixture = try Fixture()
        let file = fixture.release.appendingPathComponent(ReleaseFiles.datacard)
        let moved = fixture.dir.path("elsewhere.md")
        try FileManager.default.moveItem(at: file, to: moved)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: moved)
        #expect(throws: ReleaseVerificationError.notARegularFile(ReleaseFiles.datacard)) {
            try ReleaseVerifier.verify(directory: fixture.release, publicKey: fixture.key.verifyingKey)
        }
    }

    @Test func theWrongKeyFails() throws {
        let fixture = try Fixture()
        let other = try Ed25519SigningKey.generate()
        #expect(throws: ReleaseVerificationError.badSignature) {
            try ReleaseVerifier.verify(directory: fixture.release, publicKey: other.verifyingKey)
        }
        if let openssl = ReleaseFixtures.openssl {
            let pem = fixture.dir.write("other.pem", other.verifyingKey.pemEncoded)
            let result = try ReleaseFixtures.run(openssl, ["pkeyutl", "-verify", "-pubin", "-inkey", pem.path, "-rawin",
                "-in", "MANIFEST", "-sigfile", "MANIFEST.sig"], in: fixture.release)
            #expect(result.status != 0)
        }
    }

    @Test func aResignedButMalformedManifestIsNamed() throws {
        // Someone with the key signs a MANIFEST that lists the files wrongly: the format check names MANIFEST.
        let fixture = try Fixture()
        let manifest = fixture.release.appendingPathComponent(ReleaseFiles.manifest)
        var text = try String(contentsOf: manifest, encoding: .utf8)
        text = text.replacingOccurrences(of: "  codebook.json", with: "  codebook.jsn")
        try Data(text.utf8).write(to: manifest)
        try Data(fixture.key.sign(Array(text.utf8))).write(to: fixture.release.appendingPathComponent(ReleaseFiles.signature))
        do {
            _ = try ReleaseVerifier.verify(directory: fixture.release, publicKey: fixture.key.verifyingKey)
            Issue.record("a malformed MANIFEST verified")
        } catch {
            guard case .malformedManifest = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.contains("MANIFEST"))
            #expect(error.description.contains("codebook.json"))
        }
    }

    @Test func errorDescriptionsNeverQuoteContents() throws {
        let fixture = try Fixture()
        let excerpts = fixture.release.appendingPathComponent(ReleaseFiles.excerpts)
        try Self.flip(excerpts, at: 10)
        do {
            _ = try ReleaseVerifier.verify(directory: fixture.release, publicKey: fixture.key.verifyingKey)
        } catch {
            #expect(!error.description.contains("synthetic placeholder"))
            #expect(!error.description.contains("PERSON"))
        }
    }

    @Test func manifestParsingRoundTrips() throws {
        let manifest = ReleaseManifest(releaseID: "r0007", previousManifestSHA256: String(repeating: "0f", count: 32),
            entries: ReleaseFiles.hashed.reversed().map { ReleaseManifest.Entry(file: $0, sha256: String(repeating: "a", count: 64)) })
        let parsed = try ReleaseManifest(parsing: manifest.rendered())
        #expect(parsed.releaseID == "r0007")
        #expect(parsed.previousManifestSHA256 == manifest.previousManifestSHA256)
        #expect(parsed.entries.map(\.file) == ReleaseFiles.hashed)
        for bad in ["", "# testimony corpus release\n", String(decoding: manifest.rendered(), as: UTF8.self).uppercased()] {
            #expect(throws: ReleaseVerificationError.self) { try ReleaseManifest(parsing: Array(bad.utf8)) }
        }
    }
}
