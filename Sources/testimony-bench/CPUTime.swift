import Foundation

/// CPU seconds used so far, by the calling thread and by the whole process. On a shared machine
/// wall-clock figures move with other work, CPU seconds much less. A release hashes and writes on
/// other threads: the calling thread's share shows how fast it could go with that work on a free
/// core.
enum CPUTime {
    static func thread() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }
    static func process() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

    /// Process CPU seconds spent in `body`.
    static func measure(_ body: () -> Void) -> Double {
        let start = process()
        body()
        return process() - start
    }

    private static func seconds(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
