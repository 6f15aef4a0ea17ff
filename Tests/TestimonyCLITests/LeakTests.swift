import Foundation
import Testing
import TestimonyTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Canary sweeps: no testimony text or identifier reaches disk outside ciphertext (LEAK-01, LEAK-02).
@Suite("Canary sweeps")
struct LeakTests {
    static func sweepRoots(_ cli: CLIRunner) -> [URL] {
        [cli.vault, cli.root.path("home"), cli.root.path("tmp"), cli.root.path("xdg-data"), cli.root.path("xdg-cache"),
         cli.root.path("xdg-config"), cli.root.path("xdg-runtime"), URL(fileURLWithPath: "/dev/shm")]
    }

    @Test("init, import, record and show leave no canary on disk or in stderr (LEAK-01)")
    func happyPath() throws {
        let canary = "CANARY-\(UUID().uuidString)"
        let cli = CLIRunner(label: "leak1")
        var stderr = ""
        stderr += try cli.initVault().stderr
        let imported = try cli.run(["import", "-"] + cli.unlockArguments, stdin: Fixtures.intakeDocument(marker: canary))
        #expect(imported.status == 0)
        stderr += imported.stderr
        let recorded = try cli.run(["record", "--template", "interviewer-intake"] + cli.unlockArguments, stdin: Fixtures.intakeRecordScript(marker: canary))
        #expect(recorded.status == 0)
        stderr += recorded.stderr
        let id = imported.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let show = try cli.run(["show", id] + cli.unlockArguments)
        #expect(show.stdout.contains(canary))
        stderr += show.stderr
        stderr += try cli.run(["list"] + cli.unlockArguments).stderr

        #expect(CanarySweep.files(containing: canary, under: Self.sweepRoots(cli)) == [])
        #expect(!CanarySweep.contains(stderr, canary: canary))
        // The sweep itself must be able to see a canary.
        cli.root.write("tmp/probe", "x\(canary)x")
        #expect(CanarySweep.files(containing: canary, under: [cli.root.path("tmp")]).count == 1)
    }

    @Test("a crash prints one fixed line, no backtrace, registers or memory (LEAK-07)")
    func crashPrintsNoMemory() throws {
        let canary = "CANARY-\(UUID().uuidString)"
        let cli = CLIRunner(label: "leak7")
        let crashed = try cli.run(["_crash-for-test"], stdin: canary + "\n")
        #expect(crashed.status == 70)
        #expect(crashed.stderr.contains("testimony: internal error (the process crashed)"))
        // The Swift runtime's backtracer (on by default on Linux) prints threads, registers and the
        // bytes they point at; none of it may appear.
        for marker in ["Program crashed", "Backtrace", "Registers", "Thread 0", "rip 0x"] {
            #expect(!crashed.stderr.contains(marker) && !crashed.stdout.contains(marker), "\(marker)")
        }
        #expect(!CanarySweep.contains(crashed.stderr + crashed.stdout, canary: canary))
        #expect(CanarySweep.files(containing: canary, under: Self.sweepRoots(cli)) == [])
    }

    @Test("kill -9 in the middle of record leaves no canary on disk, and the draft survives (LEAK-02)")
    func killedMidRecord() throws {
        let canary = "CANARY-\(UUID().uuidString)"
        let cli = CLIRunner(label: "leak2")
        _ = try cli.initVault()
        let running = try cli.start(["record", "--template", "interviewer-intake"] + cli.unlockArguments)
        let input = running.stdin.fileHandleForWriting
        input.write(Data("y\nn\ny\nn\n:skip\nThe first answer, \(canary)\nstill typing \(canary)\n.\n".utf8))
        // Wait until the narrative answer is saved (the draft decrypts with the canary in it).
        var saved = false
        for _ in 0..<100 where !saved {
            usleep(100_000)
            let exported = try cli.run(["list"] + cli.unlockArguments)
            if exported.stdout.contains("draft"), let id = exported.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first {
                saved = try cli.run(["export", String(id)] + cli.unlockArguments).stdout.contains(canary)
            }
        }
        #expect(saved)
        input.write(Data("partial line with \(canary) not finished".utf8))
        usleep(100_000)
        kill(running.process.processIdentifier, SIGKILL)
        running.process.waitUntilExit()
        #expect(running.process.terminationReason == .uncaughtSignal)

        #expect(CanarySweep.files(containing: canary, under: Self.sweepRoots(cli)) == [])
        let list = try cli.run(["list"] + cli.unlockArguments)
        #expect(list.status == 0 && list.stdout.contains("draft"))
    }
}
