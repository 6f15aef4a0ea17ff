internal import CSodium

/// Process-level protections applied at start-up.
public enum ProcessHardening {
    /// Turns core dumps off (RLIMIT_CORE = 0 and not dumpable), so secrets in memory never reach a crash file.
    /// - Returns: `true` when both settings took effect.
    @discardableResult
    public static func disableCoreDumps() -> Bool {
        testimony_disable_core_dumps() == 0
    }
}
