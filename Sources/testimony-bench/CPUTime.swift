import Foundation

/// CPU time of this (single-threaded) process: on a shared machine wall-clock figures move with other
/// work, the process's own CPU seconds much less.
enum CPUTime {
    static func now() -> Double {
        Double(clock()) / Double(CLOCKS_PER_SEC)
    }

    /// CPU seconds spent in `body`.
    static func measure(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return now() - start
    }
}
