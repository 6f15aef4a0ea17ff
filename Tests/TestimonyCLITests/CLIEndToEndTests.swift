import Foundation
import Testing
import TestimonyTestSupport

/// End-to-end tests through the built binary, each in its own HOME/TMPDIR/vault.
@Suite("CLI end to end")
struct CLIEndToEndTests {
    @Test("help teaches the vault location and offers no passphrase argument (LEAK-05)")
    func help() throws {
        let cli = CLIRunner()
        let root = try cli.run(["--help"])
        #expect(root.status == 0)
        #expect(root.stdout.contains("TESTIMONY_VAULT") && root.stdout.contains("XDG_DATA_HOME"))
        for command in ["init", "record", "show", "keys add-passphrase"] {
            let help = try cli.run(command.split(separator: " ").map(String.init) + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.contains("--passphrase-file") || help.stdout.contains("--new-passphrase-file"), "\(command)")
            #expect(!help.stdout.contains("--passphrase <"), "\(command)")
            #expect(help.stdout.contains("--vault"), "\(command)")
        }
    }

    @Test("init, import, list, show and export work end to end")
    func importListShowExport() throws {
        let cli = CLIRunner()
        let created = try cli.initVault()
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("RECOVERY KEY"))
        #expect(try cli.run(["list"] + cli.unlockArguments).stdout.contains("No testimonies yet"))

        let imported = try cli.run(["import", "-"] + cli.unlockArguments, stdin: Fixtures.intakeDocument(marker: "E2E-1"))
        #expect(imported.status == 0, "\(imported.stderr)")
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(id.hasPrefix("t-") && id.count == 12)

        let list = try cli.run(["list"] + cli.unlockArguments)
        #expect(list.stdout.contains(id) && list.stdout.contains("interviewer-intake v1") && list.stdout.contains("complete"))
        #expect(!list.stdout.contains("E2E-1"))

        let show = try cli.run(["show", id] + cli.unlockArguments)
        #expect(show.status == 0)
        #expect(show.stdout.contains("A calm session in a quiet room. E2E-1"))
        #expect(show.stdout.contains("person/survivor: Person E2E-1"))
        #expect(show.stdout.contains("research_corpus: granted"))

        let exported = try cli.run(["export", id, "--format", "json"] + cli.unlockArguments)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any])
        #expect(json["template"] as? String == "interviewer-intake")
        let reimported = try cli.run(["import", "-"] + cli.unlockArguments, stdin: exported.stdout)
        #expect(reimported.status == 0, "\(reimported.stderr)")

        let file = cli.root.path("copy.yaml")
        let toFile = try cli.run(["export", id, "--format", "yaml", "--output", file.path] + cli.unlockArguments)
        #expect(toFile.status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let again = try cli.run(["export", id, "--output", file.path] + cli.unlockArguments)
        #expect(again.status != 0 && again.stderr.contains("already exists"))
    }

    @Test("record is driven line by line through stdin and completes")
    func recordThroughStdin() throws {
        let cli = CLIRunner()
        _ = try cli.initVault()
        let record = try cli.run(
            ["record", "--template", "interviewer-intake"] + cli.unlockArguments, stdin: Fixtures.intakeRecordScript(marker: "REC-1"))
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stdout.contains("Saved testimony t-"))
        let id = try #require(record.stdout.split(separator: " ").first { $0.hasPrefix("t-") }).prefix(12)
        let show = try cli.run(["show", String(id)] + cli.unlockArguments)
        #expect(show.stdout.contains("The session took place in a quiet room. REC-1\n    A second line."))
        #expect(show.stdout.contains("(prefer not to say)") && show.stdout.contains("(skipped)"))
    }

    @Test("pause keeps a draft that resume completes; Finnish prompts in Finnish")
    func pauseAndResume() throws {
        let cli = CLIRunner()
        _ = try cli.initVault()
        let paused = try cli.run(
            ["record", "--template", "interviewer-intake", "--lang", "fi"] + cli.unlockArguments, stdin: "k\ne\n:pause\n")
        #expect(paused.status == 0)
        #expect(paused.stdout.contains("Tauko"))
        let id = try #require(paused.stdout.components(separatedBy: "resume ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(try cli.run(["list"] + cli.unlockArguments).stdout.contains("draft"))
        let rest = ["k", "e", ":skip", "Tarina.", ".", "1", "2", "2", "e", "3", ":skip", ":skip", ":skip", ":skip", ":skip", "."]
        let resumed = try cli.run(["resume", id] + cli.unlockArguments, stdin: rest.joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Saved testimony \(id)"))
        #expect(try cli.run(["list"] + cli.unlockArguments).stdout.contains("complete"))
    }

    @Test("a wrong passphrase fails clearly and leaves the vault byte-identical")
    func wrongPassphrase() throws {
        let cli = CLIRunner()
        _ = try cli.initVault()
        _ = try cli.run(["import", "-"] + cli.unlockArguments, stdin: Fixtures.intakeDocument(marker: "WP"))
        let before = try Self.snapshot(cli.vault)
        let wrong = cli.root.write("wrong", "this is not the passphrase\n")
        let result = try cli.run(["list", "--vault", cli.vault.path, "--passphrase-file", wrong.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("does not open this vault"))
        #expect(try Self.snapshot(cli.vault) == before)
    }

    @Test("bad input gets a clear error naming where, never the content, and exits non-zero")
    func refusals() throws {
        let cli = CLIRunner()
        let missing = try cli.run(["list"] + cli.unlockArguments)
        #expect(missing.status != 0 && missing.stderr.contains("no vault at") && missing.stderr.contains("testimony init"))
        _ = try cli.initVault()

        let bad = Fixtures.intakeDocument(marker: "BAD").replacingOccurrences(of: "\"in_person\"", with: "\"LEAKY-VALUE-42\"")
        let refused = try cli.run(["import", "-"] + cli.unlockArguments, stdin: bad)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("answers.se_mode"))
        #expect(!refused.stderr.contains("LEAKY-VALUE-42") && !refused.stderr.contains("BAD"))
        #expect(try cli.run(["list"] + cli.unlockArguments).stdout.contains("No testimonies yet"))

        let unknown = try cli.run(["show", "t-doesnotexist"] + cli.unlockArguments)
        #expect(unknown.status != 0 && unknown.stderr.contains("no testimony t-doesnotexist"))

        let noTemplate = try cli.run(["record", "--template", "nope"] + cli.unlockArguments, stdin: "")
        #expect(noTemplate.status != 0 && noTemplate.stderr.contains("available: damages-impact"))

        let noTerminal = try cli.run(["list", "--vault", cli.vault.path])
        #expect(noTerminal.status != 0 && noTerminal.stderr.contains("--passphrase-file"))

        let both = try cli.run(["list", "--vault", cli.vault.path, "--passphrase-file", "a", "--passphrase-fd", "3"])
        #expect(both.status == 64)
    }

    @Test("template validate reports file:line:column and exits 65; show --format json is machine-readable")
    func templates() throws {
        let cli = CLIRunner()
        let file = cli.root.write("broken.yaml", """
            id: broken
            version: 1
            languages: [en]
            title: {en: Broken}
            support: {start: {en: Hi}, end: {en: Bye}}
            consent:
              scopes:
                - {id: research_corpus, label: {en: R}}
            sections:
              - id: s
                title: {en: S}
                questions:
                  - id: q1
                    kind: essay
                    label: {en: Q}
                    identifying: none
                    publishable: true
            """)
        let result = try cli.run(["template", "validate", file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file.path):14:15: question q1: unknown kind 'essay'"))
        #expect(result.stderr.contains("consent is missing the required scope 'damages_evidence'"))

        let ok = try cli.run(["template", "validate"] + ["survivor-experience", "damages-impact", "interviewer-intake"].map {
            Fixtures.templatesDirectory.appendingPathComponent("\($0).yaml").path
        })
        #expect(ok.status == 0, "\(ok.stderr)")

        let json = try cli.run(["template", "show", "survivor-experience", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        #expect(sections.count >= 10)
        let questions = sections.flatMap { ($0["questions"] as? [[String: Any]]) ?? [] }
        #expect(questions.allSatisfy { $0["id"] is String && $0["kind"] is String })
        #expect(questions.contains { $0["kind"] as? String == "month_year" })
    }

    @Test("keys: add, change (via the recovery key) and remove passphrases")
    func keys() throws {
        let cli = CLIRunner()
        let created = try cli.initVault()
        let recovery = try #require(created.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.count == 64 && $0.split(separator: "-").count == 13 })
        let second = cli.root.write("second", "a colleague's passphrase\n")
        let added = try cli.run(["keys", "add-passphrase", "--new-passphrase-file", second.path] + cli.unlockArguments)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("Added passphrase slot 3"))
        let list = try cli.run(["keys", "list", "--vault", cli.vault.path, "--passphrase-file", second.path])
        #expect(list.stdout.contains("recovery") && list.stdout.contains("(unlocked with this)"))

        let recoveryFile = cli.root.write("recovery", recovery + "\n")
        let fresh = cli.root.write("fresh", "a new passphrase after forgetting\n")
        let changed = try cli.run([
            "keys", "change-passphrase", "--slot", "1", "--recovery-key", "--vault", cli.vault.path,
            "--passphrase-file", recoveryFile.path, "--new-passphrase-file", fresh.path,
        ])
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(try cli.run(["list"] + cli.unlockArguments).status != 0)
        #expect(try cli.run(["list", "--vault", cli.vault.path, "--passphrase-file", fresh.path]).status == 0)

        let removed = try cli.run(["keys", "remove-slot", "3", "--vault", cli.vault.path, "--passphrase-file", fresh.path])
        #expect(removed.status == 0)
        #expect(try cli.run(["list", "--vault", cli.vault.path, "--passphrase-file", second.path]).status != 0)
        let last = try cli.run(["keys", "remove-slot", "1", "--vault", cli.vault.path, "--passphrase-file", fresh.path])
        #expect(last.status != 0 && last.stderr.contains("last passphrase"))
    }

    @Test("a blob copied onto another testimony's row with the sqlite3 tool is rejected (CRY-07)",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3")))
    func swappedBlobRejected() throws {
        let cli = CLIRunner()
        _ = try cli.initVault()
        let a = try cli.run(["import", "-"] + cli.unlockArguments, stdin: Fixtures.intakeDocument(marker: "A")).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let b = try cli.run(["import", "-"] + cli.unlockArguments, stdin: Fixtures.intakeDocument(marker: "B")).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        sqlite.arguments = [
            cli.vault.appendingPathComponent("vault.sqlite").path,
            "UPDATE part SET blob=(SELECT blob FROM part WHERE testimony_id='\(b)' AND name='answers') WHERE testimony_id='\(a)' AND name='answers'",
        ]
        try sqlite.run()
        sqlite.waitUntilExit()
        #expect(sqlite.terminationStatus == 0)
        let show = try cli.run(["show", a] + cli.unlockArguments)
        #expect(show.status != 0)
        #expect(show.stderr.contains("testimony \(a) failed its integrity check"))
        #expect(!show.stderr.contains("calm session"))
        #expect(try cli.run(["show", b] + cli.unlockArguments).status == 0)
    }

    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            result[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return result
    }
}
