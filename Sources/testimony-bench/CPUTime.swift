import Foundation

/// CPU time of the calling thread: on a shared machine wall-clock figures move with other work, the
/// thread's own CPU seconds much less.
enum CPUTime {
    static func now() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// CPU seconds spent in `body`.
    static func measure(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return now() - start
    }
}
