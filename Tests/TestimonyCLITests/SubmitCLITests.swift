import Foundation
import Testing
import TestimonyTestSupport

/// Survivor submission and organisation intake through the built binary.
@Suite("CLI submit and intake")
struct SubmitCLITests {
    /// A vault with an intake key; returns the runner and the recipient.
    static func organisation() throws -> (CLIRunner, String) {
        let cli = CLIRunner(label: "org")
        _ = try cli.initVault()
        let pub = cli.root.path("org.age.pub")
        let created = try cli.run(["keys", "org-init", "--out", pub.path] + cli.unlockArguments)
        #expect(created.status == 0, "\(created.stderr)")
        return (cli, created.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("submit leaves nothing behind but the envelope; intake stores it once (OPS-02, LEAK-10, CRY-17)")
    func noResidue() throws {
        let (org, recipient) = try Self.organisation()
        let survivor = CLIRunner(label: "survivor")
        let canary = "CANARY-\(UUID().uuidString)"
        let before = Set(FileManager.default.enumerator(atPath: survivor.root.url.path)?.compactMap { $0 as? String } ?? [])
        let envelope = survivor.root.path("sealed.age")
        let run = try survivor.run(
            ["submit", "--to", recipient, "--template", "interviewer-intake", "--out", envelope.path],
            stdin: Fixtures.intakeRecordScript(marker: canary))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("receipt code"))
        let after = Set(FileManager.default.enumerator(atPath: survivor.root.url.path)?.compactMap { $0 as? String } ?? [])
        #expect(after.subtracting(before) == ["sealed.age"])
        #expect(CanarySweep.files(containing: canary, under: [survivor.root.url, URL(fileURLWithPath: "/dev/shm")]) == [])
        #expect(!CanarySweep.contains(run.stderr, canary: canary))

        let intake = try org.run(["intake", envelope.path] + org.unlockArguments)
        #expect(intake.status == 0, "\(intake.stderr)")
        #expect(intake.stdout.contains("stored as t-"))
        #expect(try org.run(["list"] + org.unlockArguments).stdout.contains("submitted"))
        let again = try org.run(["intake", envelope.path] + org.unlockArguments)
        #expect(again.status != 0 && again.stderr.contains("taken in before"))
    }

    @Test("contact details are asked only after consent to follow-up, and travel inside the envelope")
    func contactOnlyWithConsent() throws {
        let (org, recipient) = try Self.organisation()
        var lines = Fixtures.intakeRecordScript(marker: "C").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[3] = "y"  // follow_up_contact
        let script = lines.joined(separator: "\n") + "contact-line-example@example.org\n"
        let envelope = org.root.path("contact.age")
        let run = try org.run(["submit", "--to", recipient, "--template", "interviewer-intake", "--out", envelope.path], stdin: script)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("How can we reach you?"))
        let intake = try org.run(["intake", envelope.path] + org.unlockArguments)
        let id = try #require(intake.stdout.components(separatedBy: "stored as ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(try org.run(["show", id] + org.unlockArguments).stdout.contains("contact: contact-line-example@example.org"))

        let without = try org.run(
            ["submit", "--to", recipient, "--template", "interviewer-intake", "--out", org.root.path("no-contact.age").path],
            stdin: Fixtures.intakeRecordScript(marker: "N"))
        #expect(!without.stdout.contains("How can we reach you?"))
    }

    @Test("pause writes only a passphrase-locked draft; resume finishes it and removes the draft")
    func pauseAndResume() throws {
        let (org, recipient) = try Self.organisation()
        let survivor = CLIRunner(label: "survivor-draft")
        let passphrase = survivor.root.write("draft-pass", "my own draft passphrase\n")
        let draft = survivor.root.path("draft.age")
        let script = Fixtures.intakeRecordScript(marker: "P").split(separator: "\n").map(String.init)
        let paused = try survivor.run(
            ["submit", "--to", recipient, "--template", "interviewer-intake", "--draft", draft.path, "--draft-passphrase-file", passphrase.path],
            stdin: script[..<8].joined(separator: "\n") + "\n:pause\n")
        #expect(paused.status == 0, "\(paused.stderr)")
        #expect(FileManager.default.fileExists(atPath: draft.path))
        #expect(CanarySweep.files(containing: "quiet room. P", under: [survivor.root.url]) == [])
        let envelope = survivor.root.path("final.age")
        let resumed = try survivor.run(
            ["submit", "--to", recipient, "--resume", draft.path, "--draft-passphrase-file", passphrase.path, "--out", envelope.path],
            stdin: script[8...].joined(separator: "\n") + "\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(!FileManager.default.fileExists(atPath: draft.path))
        let intake = try org.run(["intake", envelope.path] + org.unlockArguments)
        let id = try #require(intake.stdout.components(separatedBy: "stored as ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(try org.run(["show", id] + org.unlockArguments).stdout.contains("quiet room. P"))
    }

    @Test("interop with Debian's age: our envelope opens with age -d; a file from age -r is taken in",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/age")))
    func ageInterop() throws {
        let (org, recipient) = try Self.organisation()
        let identity = org.root.path("identity.txt")
        let exported = try org.run(["keys", "export-identity", "--out", identity.path, "--yes"] + org.unlockArguments)
        #expect(exported.status == 0, "\(exported.stderr)")
        let answers = org.root.write("answers.json", Fixtures.intakeDocument(marker: "INTEROP"))
        let envelope = org.root.path("ours.age")
        let submitted = try org.run(["submit", "--to", recipient, "--answers", answers.path, "--out", envelope.path])
        #expect(submitted.status == 0, "\(submitted.stderr)")
        let opened = try Self.tool(["-d", "-i", identity.path, envelope.path])
        #expect(opened.contains("INTEROP") && opened.contains("receipt_hash"))

        let theirs = org.root.path("theirs.age")
        _ = try Self.tool(["-r", recipient, "-o", theirs.path, answers.path])
        let intake = try org.run(["intake", theirs.path] + org.unlockArguments)
        #expect(intake.status == 0, "\(intake.stderr)")
        #expect(intake.stdout.contains("stored as t-"))
    }

    static func tool(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/age")
        process.arguments = arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
