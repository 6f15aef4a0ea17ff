import Foundation
import Testing
import TestimonyTestSupport

/// redact-text, redact and review through the built binary.
@Suite("CLI redaction")
struct RedactionCLITests {
    @Test("redact-text: stdin to text and JSON, with a known list; offsets are code points")
    func redactText() throws {
        let cli = CLIRunner()
        let known = cli.root.write("known.yaml", "- {kind: person, value: \"Mikko Virtanen\", role: offender}\n")
        let text = "Kerroin Mikolle, että soitan numeroon 040 123 4567. Hän asui Tampereella."
        let plain = try cli.run(["redact-text", "--lang", "fi", "--known", known.path], stdin: text)
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(plain.stdout == "Kerroin [OFFENDER 1]:lle, että soitan numeroon [PHONE]. Hän asui [CITY IN PIRKANMAA]:lla.")
        let json = try cli.run(["redact-text", "--lang", "fi", "--known", known.path, "--format", "json"], stdin: text)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let spans = try #require(object["spans"] as? [[String: Any]])
        let first = try #require(spans.first)
        let scalars = Array(text.unicodeScalars)
        let start = try #require(first["start"] as? Int)
        let end = try #require(first["end"] as? Int)
        #expect(String(String.UnicodeScalarView(scalars[start..<end])) == "Mikolle")
        #expect(first["class"] as? String == "direct" && first["type"] as? String == "PERSON")
    }

    @Test("redact-text --jsonl writes one output line per input line; a malformed line names its number only")
    func jsonl() throws {
        let cli = CLIRunner()
        let input = cli.root.write("in.jsonl", """
            {"id": "a", "lang": "en", "text": "I told Sarah Jones on 12 March 2015.", "known": []}
            {"id": "b", "lang": null, "text": "Jag ringde 070-123 45 67 igår och pratade med Erik.", "known": [{"kind": "person", "value": "Erik"}]}

            """)
        let output = cli.root.path("out.jsonl")
        let run = try cli.run(["redact-text", "--jsonl", input.path, "--output", output.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("Redacted 2 lines"))
        let lines = try String(contentsOf: output, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let b = try #require(try JSONSerialization.jsonObject(with: Data(lines[1].utf8)) as? [String: Any])
        #expect(b["id"] as? String == "b")
        #expect((b["redacted"] as? String)?.contains("[PHONE]") == true)
        #expect((b["redacted"] as? String)?.contains("Erik") == false)
        let spanKeys = Set(((b["spans"] as? [[String: Any]])?.first ?? [:]).keys)
        #expect(spanKeys == ["start", "end", "type", "class", "detector", "replacement"])

        let bad = cli.root.write("bad.jsonl", "{\"id\": \"x\", \"text\": \"fine\"}\nSECRET-NAME not json\n")
        let refused = try cli.run(["redact-text", "--jsonl", bad.path, "--output", cli.root.path("o2.jsonl").path])
        #expect(refused.status != 0 && refused.stderr.contains("bad.jsonl:2"))
        #expect(!refused.stderr.contains("SECRET-NAME"))

        // A directory where a file should be: a clear error, not a crash (Foundation's non-throwing
        // read traps on it), and no output file left behind; the same for --evaluate.
        let directory = cli.root.path("tmp")
        for arguments in [["--jsonl", directory.path, "--output", cli.root.path("o3.jsonl").path], ["--evaluate", directory.path]] {
            let unreadable = try cli.run(["redact-text"] + arguments)
            #expect(unreadable.status == 1, "\(arguments)")
            #expect(unreadable.stderr.contains("it is a directory, not a file"), "\(unreadable.stderr)")
            #expect(!unreadable.stderr.contains("internal error"))
        }
        #expect(!FileManager.default.fileExists(atPath: cli.root.path("o3.jsonl").path))
    }

    @Test("redact-text --evaluate scores the dev set")
    func evaluate() throws {
        let cli = CLIRunner()
        let gold = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/redaction/dev.jsonl")
        let run = try cli.run(["redact-text", "--evaluate", gold.path, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(report["lines"] as? Int == 45)
        let byClass = try #require(report["byClass"] as? [String: [String: Any]])
        let direct = try #require(byClass["direct"])
        let covered = try #require(direct["covered"] as? Int)
        let mentions = try #require(direct["mentions"] as? Int)
        #expect(Double(covered) / Double(mentions) >= 0.91)
    }

    @Test("redact and scripted review in a vault; the map never appears on disk in the clear")
    func redactAndReview() throws {
        let canary = "Zyxwvutsson"
        let cli = CLIRunner()
        _ = try cli.initVault()
        let doc = Fixtures.intakeDocument(marker: "ok").replacingOccurrences(
            of: "A calm session in a quiet room. ok", with: "We met \(canary) at the office. \(canary) left early.")
            .replacingOccurrences(of: "Person ok", with: canary)
        let id = try cli.run(["import", "-"] + cli.unlockArguments, stdin: doc).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let redact = try cli.run(["redact", id] + cli.unlockArguments)
        #expect(redact.status == 0, "\(redact.stderr)")
        #expect(redact.stdout.contains("Drafted 1 excerpt"))
        #expect(!redact.stdout.contains(canary) && !redact.stderr.contains(canary))
        #expect(try cli.run(["list"] + cli.unlockArguments).stdout.contains("in_review"))

        let decisions = cli.root.write("decisions.yaml", """
            reviewer: "R. Reviewer"
            excerpts:
              - {question: se_narrative, redact: ["office"], decision: approve}
            """)
        let review = try cli.run(["review", id, "--decisions", decisions.path] + cli.unlockArguments)
        #expect(review.status == 0, "\(review.stderr)")
        #expect(review.stdout.contains("1 approved, 0 rejected, 0 still draft"))
        #expect(try cli.run(["list"] + cli.unlockArguments).stdout.contains("reviewed"))
        #expect(CanarySweep.files(containing: canary, under: [cli.vault, cli.root.path("tmp"), cli.root.path("home")]) == [])

        let wrong = cli.root.write("wrong.yaml", "reviewer: R\nexcerpts:\n  - {question: nope, decision: approve}\n")
        let refused = try cli.run(["review", id, "--decisions", wrong.path] + cli.unlockArguments)
        #expect(refused.status != 0 && refused.stderr.contains("no draft excerpt for question nope"))
        let noScript = try cli.run(["review", id] + cli.unlockArguments, stdin: "")
        #expect(noScript.status != 0 && noScript.stderr.contains("--decisions"))
    }
}

/// The interactive review screen on a real pseudo-terminal (util-linux `script`): keys for quotable
/// and the survivor's own decision reach the vault.
@Suite("CLI interactive review")
struct InteractiveReviewCLITests {
    static let script = "/usr/bin/script"
    static var hasScript: Bool { FileManager.default.isExecutableFile(atPath: script) }

    /// Runs `testimony ARGS` under `script` so that stdin and stdout are a terminal; `typed` is what
    /// the person types.
    static func onTerminal(_ cli: CLIRunner, _ arguments: [String], typed: String) throws -> String {
        let quoted = ([CLIRunner.binary.path] + arguments).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-q", "-e", "-c", quoted.joined(separator: " "), "/dev/null"]
        process.environment = cli.environment
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(typed.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: hasScript, "/usr/bin/script (util-linux) is missing"))
    func quotableAndSurvivorDecisionFromTheKeyboard() throws {
        let cli = CLIRunner()
        _ = try cli.initVault()
        let id = try cli.run(["import", "-"] + cli.unlockArguments, stdin: Fixtures.intakeDocument(marker: "pty"))
            .stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try cli.run(["redact", id] + cli.unlockArguments).status == 0)
        // c: quotable; v y: the survivor approved this text; a: approve; then the next excerpts are skipped.
        let first = try Self.onTerminal(cli, ["review", id, "--reviewer", "Pty Reviewer"] + cli.unlockArguments, typed: "c\nv y\na\nq\n")
        #expect(first.contains("[c] quotable on/off"), "\(first)")
        let second = try Self.onTerminal(cli, ["review", id, "--reviewer", "Pty Reviewer"] + cli.unlockArguments, typed: "q\n")
        #expect(second.contains("approved · quotable · survivor approved"), "\(second)")
    }
}
