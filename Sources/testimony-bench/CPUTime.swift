import Foundation

/// CPU seconds used so far, by the calling thread and by the whole process. A release hashes and
/// writes on other threads: the calling thread's share shows how fast it could go with the other
/// work on a free core, whatever else the machine is doing.
enum CPUTime {
    static func thread() -> Double { seconds(CLOCK_THREAD_CPUTIME_ID) }
    static func process() -> Double { seconds(CLOCK_PROCESS_CPUTIME_ID) }

    private static func seconds(_ clock: clockid_t) -> Double {
        var spec = timespec()
        clock_gettime(clock, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
