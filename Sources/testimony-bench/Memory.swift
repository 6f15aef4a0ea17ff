import Foundation

/// Resident memory of this process from /proc (Linux).
enum Memory {
    /// Current resident set (KiB).
    static func residentKiB() -> Int { status("VmRSS:") }

    /// Peak resident set since the last reset (KiB).
    static func peakKiB() -> Int { status("VmHWM:") }

    /// Resets the peak to the current resident set (`echo 5 > /proc/self/clear_refs`).
    static func resetPeak() {
        try? "5".write(toFile: "/proc/self/clear_refs", atomically: false, encoding: .utf8)
    }

    static func status(_ key: String) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix(key) {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
