import Foundation
import TestimonyCorpus

extension CorpusBench {
    /// Query throughput over the release: a field filter, and a field filter plus a full-text term,
    /// counting matches (no output formatting) and writing JSONL to /dev/null.
    static func query(release: URL, total: Int, baselineRate: Double) throws {
        struct Discard: TextOutputStream { mutating func write(_ string: String) {} }
        var sink = Discard()
        let cases: [(String, CorpusFilter, CorpusQuery.Format)] = [
            ("query: theme filter, count", CorpusFilter(themes: ["education"]), .count),
            ("query: theme + full text, count", CorpusFilter(themes: ["education"], terms: ["therapy helped"]), .count),
            ("query: everything, jsonl out", CorpusFilter(), .jsonl),
        ]
        for (name, filter, format) in cases {
            Memory.resetPeak()
            let before = Memory.residentKiB()
            var matched = 0
            let seconds = try timed { matched = try CorpusQuery.run(directory: release, filter: filter, format: format, output: &sink) }
            let rate = Double(total) / seconds
            print(String(
                format: "%@ %9.0f excerpts/s  %5.2f× baseline · %d matched · peak memory +%.1f MiB",
                name.padding(toLength: 34, withPad: " ", startingAt: 0), rate, rate / baselineRate, matched,
                Double(max(0, Memory.peakKiB() - before)) / 1024))
        }
    }
}
