import ArgumentParser
import Foundation

extension Testimony {
    /// `testimony _crash-for-test`: reads a line from standard input, keeps it in memory and traps,
    /// so the end-to-end tests can check what a crash prints (LEAK-07 in the security tests): the
    /// fixed line of `ProcessHardening.silenceCrashReports`, never a backtrace with registers and
    /// the memory they point at. Hidden from help; it exists for that test only.
    struct CrashTest: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "_crash-for-test", abstract: "Crash on purpose (for the crash-report test).", shouldDisplay: false)

        func run() throws {
            let secret = Array((readLine() ?? "").utf8)
            Self.trap(holding: secret)
        }

        @inline(never)
        private static func trap(holding secret: [UInt8]) {
            // The bytes stay live across the trap (a register or the stack points at them).
            withExtendedLifetime(secret) { fatalError("crash test") }
        }
    }
}
