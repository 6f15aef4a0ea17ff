internal import CSodium

/// Process-level protections applied at start-up.
public enum ProcessHardening {
    /// Turns core dumps off (RLIMIT_CORE = 0 and not dumpable), so secrets in memory never reach a crash file.
    /// - Returns: `true` when both settings took effect.
    @discardableResult
    public static func disableCoreDumps() -> Bool {
        testimony_disable_core_dumps() == 0
    }

    /// Replaces the Swift runtime's crash reports (a backtrace with registers and the memory they
    /// point at, which can hold testimony text or keys) with one fixed line on standard error and
    /// exit status 70. Call at start-up, after the runtime has installed its handlers.
    /// - Returns: `true` when every handler was installed.
    @discardableResult
    public static func silenceCrashReports() -> Bool {
        testimony_silence_crash_reports() == 0
    }
}
