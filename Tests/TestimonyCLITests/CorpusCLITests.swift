import Foundation
import Testing
import TestimonyTestSupport

/// The whole way from an interview to a researcher's verified copy, through the built binary:
/// record → redact → review → publish (held, then released together) → release → pull → verify →
/// withdraw → second release with tombstones; plus LEAK-11 on the release files.
@Suite("CLI corpus path", .serialized)
struct CorpusCLITests {
    static let canary = "Quorvath"

    /// An interviewer-intake interview through stdin: research consent yes, session language fi,
    /// a narrative that names the survivor, who is listed as an identifier.
    static func interview(_ n: Int) -> String {
        ["y", "n", "y", "n", ":skip",
         "SYNTHETIC CLI CORPUS TEST \(n). The session with \(canary) was calm; we took breaks.", ".",
         "1", "2", "2", "n", "3",
         "Support contacts were shared at the start and the end.", ".",
         "y", ":pnts", "y", ":skip",
         "person/survivor \(canary)", "."].joined(separator: "\n") + "\n"
    }

    func ok(_ cli: CLIRunner, _ args: [String], stdin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRunner.Result {
        let result = try cli.run(args, stdin: stdin)
        #expect(result.status == 0, "\(args.first ?? ""): \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    @Test func fromInterviewToVerifiedResearchCopy() throws {
        let cli = CLIRunner(label: "corpus-cli")
        try #require(try cli.initVault().status == 0)
        let u = cli.unlockArguments
        let corpusArgs = ["--corpus", cli.root.path("corpus.sqlite").path]
        for n in 1...5 { _ = try ok(cli, ["record", "--template", "interviewer-intake"] + u, stdin: Self.interview(n)) }
        let ids = try ok(cli, ["list"] + u).stdout.split(separator: "\n").dropFirst().map { String($0.split(separator: " ")[0]) }
        #expect(ids.count == 5)
        let decisions = cli.root.write("decisions.yaml", "reviewer: \"CLI Reviewer\"\nexcerpts:\n  - {question: se_narrative, decision: approve}\n  - {question: su_narrative, decision: reject}\n")

        // Refused before review, with the fix.
        let early = try cli.run(["publish", ids[0]] + u + corpusArgs)
        #expect(early.status != 0 && early.stderr.contains("testimony redact \(ids[0])"))
        #expect(!FileManager.default.fileExists(atPath: cli.root.path("corpus.sqlite").path))  // a refusal creates nothing

        for id in ids {
            _ = try ok(cli, ["redact", id] + u)
            _ = try ok(cli, ["review", id, "--decisions", decisions.path] + u)
        }
        let dry = try ok(cli, ["publish", ids[0], "--dry-run"] + u + corpusArgs)
        #expect(dry.stdout.contains("k=5") && dry.stdout.contains("Dry run: nothing was changed"))
        #expect(!FileManager.default.fileExists(atPath: cli.root.path("corpus.sqlite").path))
        for id in ids.prefix(4) {
            let held = try ok(cli, ["publish", id] + u + corpusArgs)
            #expect(held.stdout.contains("Held back: \(id)"), "\(held.stdout)")
        }
        let last = try ok(cli, ["publish", ids[4]] + u + corpusArgs)
        #expect(last.stdout.contains("Published 5 testimonies"), "\(last.stdout)")

        // Organisation: a signed release; the public key goes to a separate directory.
        let releases = cli.root.path("releases")
        let keys = cli.root.path("keys")
        _ = try ok(cli, ["corpus", "release", "--out", releases.path, "--key-dir", keys.path] + u + corpusArgs)
        let r1 = releases.appendingPathComponent("r0001")
        let pem = keys.appendingPathComponent("corpus-signing.pem").path

        // Researcher: pull (verifies before accepting) and verify, without vault or passphrase.
        let mine = cli.root.path("mine")
        _ = try ok(cli, ["corpus", "pull", r1.path, mine.path, "--key", pem])
        let verified = try ok(cli, ["corpus", "verify", mine.appendingPathComponent("r0001").path, "--key", pem])
        #expect(verified.stdout.contains("verified"))

        // Researcher tools on the pulled copy.
        let copyDir = mine.appendingPathComponent("r0001").path
        #expect(try ok(cli, ["corpus", "query", copyDir, "--count"]).stdout == "5\n")
        #expect(try ok(cli, ["corpus", "query", copyDir, "--search", "took breaks", "--count"]).stdout == "5\n")
        #expect(try ok(cli, ["corpus", "query", copyDir, "--theme", "no_such_theme", "--count"]).stdout == "0\n")
        let table = try ok(cli, ["corpus", "query", copyDir, "--format", "table", "--limit", "2"]).stdout
        #expect(table.split(separator: "\n").count == 3)
        let stats = try ok(cli, ["corpus", "stats", copyDir, "--question", "se_mode"]).stdout
        #expect(stats.contains("se_mode") && stats.contains("5"))
        let badStats = try cli.run(["corpus", "stats", copyDir, "--question", "no_such_question"])
        #expect(badStats.status != 0 && badStats.stderr.contains("no_such_question"))
        let report = cli.root.path("report.html")
        _ = try ok(cli, ["corpus", "report", copyDir, "--out", report.path])
        let html = try String(contentsOf: report, encoding: .utf8)
        #expect(html.contains("<svg") && !html.contains("<script") && !html.contains("http://") && !html.contains("https://"))
        // Output that cannot be written is an error that says what to check, not a silent success.
        let nowhere = cli.root.path("no-such-dir/report.html").path
        let badReport = try cli.run(["corpus", "report", copyDir, "--out", nowhere])
        #expect(badReport.status != 0 && badReport.stderr.contains("cannot write \(nowhere)") && badReport.stderr.contains("writable"))
        if FileManager.default.isWritableFile(atPath: "/dev/full") {
            let full = Process()
            full.executableURL = URL(fileURLWithPath: "/bin/sh")
            full.arguments = [
                "-c", "exec \"$0\" corpus query \"$1\" > /dev/full 2> \"$2\"", CLIRunner.binary.path, copyDir, cli.root.path("query-err").path,
            ]
            full.environment = cli.environment
            try full.run()
            full.waitUntilExit()
            let stderr = try String(contentsOf: cli.root.path("query-err"), encoding: .utf8)
            #expect(full.terminationStatus != 0 && stderr.contains("cannot write standard output"), "\(stderr)")
        }

        // LEAK-11: nothing internal in the release files.
        let user = ProcessInfo.processInfo.environment["USER"] ?? "root"
        let host = ProcessInfo.processInfo.hostName
        for name in try FileManager.default.contentsOfDirectory(atPath: r1.path) {
            let text = try String(contentsOf: r1.appendingPathComponent(name), encoding: .isoLatin1)
            for id in ids { #expect(!text.contains(id), "\(name) names a testimony id") }
            #expect(!text.contains(Self.canary), "\(name) holds an identifier")
            #expect(!text.contains(cli.root.url.path), "\(name) holds a local path")
            #expect(!text.contains(host) || host.count < 4, "\(name) holds the host name")
            #expect(!text.contains("/\(user)/") && !text.contains("\"\(user)\""), "\(name) holds the user name")
            #expect(text.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil, "\(name) holds a day-precision date")
        }
        let excerpts = try String(contentsOf: r1.appendingPathComponent("excerpts.jsonl"), encoding: .utf8)
        #expect(excerpts.split(separator: "\n").count == 5)
        #expect(excerpts.contains("[SURVIVOR]") && excerpts.contains("redacted derivative, not a verbatim statement"))
        #expect(CanarySweep.files(containing: Self.canary, under: [cli.root.path("corpus.sqlite")]).isEmpty)

        // A changed byte fails verification, naming the file.
        let copy = cli.root.path("tampered")
        try FileManager.default.copyItem(at: r1, to: copy)
        let csv = copy.appendingPathComponent("responses.csv")
        var bytes = try Data(contentsOf: csv)
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: csv)
        let bad = try cli.run(["corpus", "verify", copy.path, "--key", pem])
        #expect(bad.status != 0 && bad.stderr.contains("responses.csv"))
        let refusedPull = try cli.run(["corpus", "pull", copy.path, cli.root.path("other").path, "--key", pem])
        #expect(refusedPull.status != 0)

        // The survivor withdraws: out of the corpus now, tombstoned in the next release, deleted from the pulled copy.
        let withdrawn = try ok(cli, ["consent", "withdraw", ids[2], "--scope", "research_corpus"] + u + corpusArgs)
        #expect(withdrawn.stdout.contains("Taken out of the corpus: 1 response set(s), 1 excerpt(s)"))
        _ = try ok(cli, ["corpus", "release", "--out", releases.path, "--key-dir", keys.path] + u + corpusArgs)
        let r2 = releases.appendingPathComponent("r0002")
        let stones = try String(contentsOf: r2.appendingPathComponent("tombstones.jsonl"), encoding: .utf8)
        #expect(stones.split(separator: "\n").count == 2 && stones.contains("\"release\":\"r0002\""))
        #expect(try String(contentsOf: r2.appendingPathComponent("MANIFEST"), encoding: .utf8).contains("previous-manifest-sha256: "))
        let pulled = try ok(cli, ["corpus", "pull", r2.path, mine.path, "--key", pem])
        #expect(pulled.stdout.contains("Applied 2 tombstone(s)"))
        let oldCopy = try String(contentsOf: mine.appendingPathComponent("r0001/excerpts.jsonl"), encoding: .utf8)
        #expect(oldCopy.split(separator: "\n").count == 4)

        // Erase: crypto-shredded, and show says so.
        _ = try ok(cli, ["erase", ids[3], "--yes"] + u + corpusArgs)
        let shown = try cli.run(["show", ids[3]] + u)
        #expect(shown.status != 0 && shown.stderr.contains("was erased"))
    }
}
