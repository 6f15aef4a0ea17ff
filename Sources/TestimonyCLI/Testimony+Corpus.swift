import ArgumentParser
import Foundation
import TestimonyCorpus
import TestimonyCrypto
import TestimonyKit
import TestimonyRedaction

extension Testimony {
    struct CorpusCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "corpus",
            abstract: "Signed corpus releases: make them (organisation), pull, verify, query and chart them (researchers).",
            discussion: """
                The organisation (needs the vault, which holds the signing key):
                  testimony corpus release --out releases/

                Researchers (no vault, no passphrase):
                  testimony corpus pull releases/r0001 mine/ --key corpus-signing.pem
                  testimony corpus verify mine/r0001 --key corpus-signing.pem
                  testimony corpus query mine/r0001 --theme education --format table
                  testimony corpus stats mine/r0001 --question im_education
                  testimony corpus report mine/r0001 --out report.html

                docs/corpus.md describes the release files, docs/research.md the researcher tools.
                """,
            subcommands: [Release.self, Verify.self, Pull.self, Query.self, Stats.self, Report.self])
    }
}

extension Testimony.CorpusCommand {
    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an immutable, signed snapshot of the corpus for researchers.",
            discussion: """
                Writes OUT/<release-id>/ (r0001, r0002, …) with excerpts.jsonl, responses.csv, codebook.json, tombstones.jsonl, DATACARD.md, MANIFEST and MANIFEST.sig. Testimonies whose research consent has lapsed are taken out first and tombstoned in this release.

                The MANIFEST is signed with the organisation's corpus signing key, kept in the vault (created on the first release). Its public key is written to --key-dir as corpus-signing.pem and corpus-signing.pub: publish those where researchers can get them independently of the release. Anyone can then check a release with sha256sum and openssl alone (docs/corpus.md).
                """)
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions
        @OptionGroup var corpus: CorpusOptions

        @Option(help: ArgumentHelp("Directory that receives the release directory.", valueName: "dir"))
        var out: String

        @Option(help: ArgumentHelp("Where to write the public signing key (corpus-signing.pem, corpus-signing.pub).", valueName: "dir"))
        var keyDir = "Keys"

        @Option(help: ArgumentHelp("Organisation named in DATACARD.md.", valueName: "name"))
        var organisation = "the publishing organisation"

        @Option(help: ArgumentHelp("Citation text in DATACARD.md (the release id and month are added).", valueName: "text"))
        var citation = "Survivor testimony corpus (anonymised excerpts and coded answers)"

        @Option(help: ArgumentHelp("Redaction policy file, for the version named in DATACARD.md.", valueName: "file"))
        var policy: String?

        func run() async throws {
            let policy = try RedactionSetup.policy(file: self.policy, vaultDirectory: vault.url)
            let catalog = try templates.catalog()
            let opened = try unlock.unlock(vault)
            let store = try CorpusAccess.open(at: corpus.url(vault))
            let result = try ReleaseWorkflow.release(
                vault: opened, corpus: store, catalog: catalog, outDirectory: URL(fileURLWithPath: out),
                options: .init(organisation: organisation, citation: citation, redactionPolicyVersion: policy.version))
            let keys = try ReleaseWorkflow.exportPublicKey(result.publicKey, to: URL(fileURLWithPath: keyDir))
            let w = result.write
            if result.lapsed > 0 { Console.out("Took out \(result.lapsed) testimon\(result.lapsed == 1 ? "y" : "ies") whose research consent was withdrawn or lapsed (tombstoned in this release).\n") }
            Console.out("""
                Release \(w.releaseID) written to \(w.directory.path):
                  \(w.excerptCount) excerpt(s), \(w.responseCount) response set(s) (\(w.responseRowCount) coded answer rows), \(w.tombstoneCount) tombstone(s)
                  MANIFEST sha256 \(w.manifestSHA256)
                Public key: \(keys.map(\.path).joined(separator: ", "))
                Verify with: testimony corpus verify \(w.directory.path) --key \(keys[0].path)

                """)
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check a release: every file's SHA-256, no file missing or extra, and the signature.",
            discussion: "Exits non-zero naming the first file that fails. The same check with standard tools is in docs/corpus.md.")
        @Argument(help: ArgumentHelp("Release directory (…/r0001).", valueName: "dir"))
        var directory: String
        @Option(help: ArgumentHelp("The organisation's public key: corpus-signing.pem or corpus-signing.pub.", valueName: "keyfile"))
        var key: String

        func run() async throws {
            let publicKey = try loadPublicKey(key)
            let verified = try ReleaseVerifier.verify(directory: URL(fileURLWithPath: directory), publicKey: publicKey)
            Console.out("Release \(verified.releaseID) verified: every file matches MANIFEST and the signature is valid.\n")
        }
    }

    struct Pull: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fetch a release into a local copy, verifying it before accepting it.",
            discussion: """
                SOURCE is a release directory (…/r0002). The release is copied into DEST/<release-id>/ only after every hash and the signature check out; a bad release leaves DEST as it was. Earlier releases in DEST are kept, and the new release's tombstones are applied to them: withdrawn excerpts and answers are deleted from your copies (LOCAL-CHANGES.md in each says what changed).
                """)
        @Argument(help: ArgumentHelp("Release directory to fetch.", valueName: "source"))
        var source: String
        @Argument(help: ArgumentHelp("Local directory that keeps your releases.", valueName: "dest"))
        var destination: String
        @Option(help: ArgumentHelp("The organisation's public key: corpus-signing.pem or corpus-signing.pub.", valueName: "keyfile"))
        var key: String

        func run() async throws {
            let publicKey = try loadPublicKey(key)
            let result = try ReleasePuller.pull(
                source: DirectoryReleaseSource(directory: URL(fileURLWithPath: source)), destination: URL(fileURLWithPath: destination),
                publicKey: publicKey)
            if !result.accepted {
                Console.out("Release \(result.releaseID) is already in \(result.directory.path); nothing new.\n")
            } else {
                Console.out("Release \(result.releaseID) verified and saved to \(result.directory.path): \(result.excerptCount) excerpt(s), \(result.responseRowCount) coded answer row(s).\n")
            }
            switch result.chain {
            case .gap(let newest, let missing):
                Console.out("Note: releases between \(newest) and \(result.releaseID) are missing here (\(missing.joined(separator: ", "))); pull them to check the whole chain.\n")
            default: break
            }
            if result.tombstonesApplied > 0 {
                Console.out("Applied \(result.tombstonesApplied) tombstone(s) to your earlier releases: withdrawn material was deleted there.\n")
            }
        }
    }
}

/// Reads a public key file (PEM or one-line base64), with an error that names the file.
func loadPublicKey(_ path: String) throws -> Ed25519PublicKey {
    guard let data = FileManager.default.contents(atPath: path) else {
        throw KitError.io("cannot read the key file \(path)")
    }
    do {
        return try Ed25519PublicKey(parsing: String(decoding: data, as: UTF8.self))
    } catch {
        throw KitError.io("\(path) is not an Ed25519 public key (\(error))")
    }
}
