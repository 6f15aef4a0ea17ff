import Foundation
import TestimonyCorpus
import TestimonyCrypto
import TestimonyKit
import TestimonyModel

/// `swift run -c release testimony-bench corpus [--quick]`: publish, release, verify and query a
/// synthetic corpus of 100 000 excerpts (10 000 with --quick), in excerpts per second, each against
/// a baseline measured in the same run (JSON-encoding and writing the same excerpts to a file,
/// nothing else). Memory: the peak resident size added by each release, at growing corpus sizes,
/// to show it stays flat. Goal: release and query streaming at ≥ 100 000 excerpts/s.
enum CorpusBench {
    static func run(quick: Bool) throws {
        try Sodium.ensureInitialized()
        let total = quick ? 10_000 : 100_000
        let batch = 1_000
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("testimony-bench-corpus-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try CorpusAccess.openOrCreate(at: dir.appendingPathComponent("corpus.sqlite"))
        let key = try Ed25519SigningKey.generate()
        let policy = DisclosurePolicy(k: 5, l: 2, quasi: [
            QuasiAttribute(question: "ay_age_band", ladder: [["18-24": "18-34", "25-34": "18-34", "35-44": "35-54", "45-54": "35-54"]]),
            QuasiAttribute(question: "ay_gender", ladder: [["*": "any"]]),
        ], sensitive: ["tf_distributed"])
        print("testimony-bench corpus · \(total) excerpts (one per response set, ~300 characters, 12 coded answers each)\n")

        // Baseline: encode the same excerpt lines and write them to a file.
        var generator = SyntheticCorpus(seed: 7)
        let baselineFile = dir.appendingPathComponent("baseline.jsonl")
        let baseline = try timed {
            _ = FileManager.default.createFile(atPath: baselineFile.path, contents: nil)
            let handle = try FileHandle(forWritingTo: baselineFile)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var buffer = Data()
            for _ in 0..<total {
                let record = generator.record()
                buffer.append(try encoder.encode(ReleasedExcerpt(record.excerpts[0], of: record, release: "r0001")))
                buffer.append(0x0A)
                if buffer.count > 1 << 20 { try handle.write(contentsOf: buffer); buffer.removeAll(keepingCapacity: true) }
            }
            try handle.write(contentsOf: buffer)
            try handle.synchronize()
            try handle.close()
        }
        let baselineRate = Double(total) / baseline
        print(String(format: "baseline: encode + write JSONL     %9.0f excerpts/s", baselineRate))

        // Publish: per batch of 1 000 candidates, disclosure check against the whole published
        // corpus, then one insert transaction.
        generator = SyntheticCorpus(seed: 11)
        var published = 0
        var checkSeconds = 0.0
        var insertSeconds = 0.0
        var releaseLines: [String] = []
        let checkpoints = quick ? [2_500, 5_000, 10_000] : [25_000, 50_000, 100_000]
        var releaseNumber = 0
        var previous: String?
        while published < total {
            let candidates = (0..<batch).map { _ in generator.record() }
            var decision: DisclosureDecision?
            checkSeconds += try timed {
                decision = DisclosureCheck.evaluate(published: try store.records(template: "bench"), candidates: candidates, policy: policy)
            }
            let toInsert = decision?.publish.isEmpty == false ? decision!.publish : candidates
            insertSeconds += try timed {
                if let regen = decision?.regeneralise, !regen.isEmpty { try store.regeneralise(regen) }
                try store.insert(toInsert)
            }
            published += toInsert.count
            if releaseLines.count < checkpoints.count, published >= checkpoints[releaseLines.count] {
                releaseNumber += 1
                let (line, manifest) = try release(store: store, key: key, number: releaseNumber, previous: previous, dir: dir, baselineRate: baselineRate)
                previous = manifest
                releaseLines.append(line)
            }
        }
        print(String(format: "publish: disclosure check          %9.0f excerpts/s (against the whole corpus, batches of %d)", Double(total) / checkSeconds, batch))
        print(String(format: "publish: insert (one transaction per batch) %9.0f excerpts/s  %5.2f× baseline", Double(total) / insertSeconds, Double(total) / insertSeconds / baselineRate))
        for line in releaseLines { print(line) }

        // Verify the last release.
        let last = dir.appendingPathComponent(String(format: "releases/r%04d", releaseNumber))
        let verifySeconds = try timed { _ = try ReleaseVerifier.verify(directory: last, publicKey: key.verifyingKey) }
        print(String(format: "verify (%d excerpts)              %9.0f excerpts/s  %5.2f× baseline", total, Double(total) / verifySeconds, Double(total) / verifySeconds / baselineRate))
        try CorpusBench.query(release: last, total: total, baselineRate: baselineRate)
    }

    static func release(store: any CorpusStore, key: Ed25519SigningKey, number: Int, previous: String?, dir: URL, baselineRate: Double?) throws -> (String, String) {
        let id = String(format: "r%04d", number)
        let count = try store.counts().excerpts
        let writer = ReleaseWriter(
            releaseID: id, previousManifestSHA256: previous, month: "2026-11", today: "2026-11-29",
            codebook: Codebook(release: id, templates: []), tombstones: [],
            datacard: ReleaseDatacard(organisation: "bench", citation: "bench", k: 5, l: 2, policyVersions: [:], consentBasis: "synthetic", knownLimits: []))
        let out = dir.appendingPathComponent("releases")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        var visited = 0
        let profiling = ProcessInfo.processInfo.environment["TESTIMONY_BENCH_PROFILE"] == "1"
        let readSeconds = profiling ? 1 : try timed { try store.forEachRecord { _ in visited += 1 } }
        let before = Memory.residentKiB()
        Memory.resetPeak()
        var result: ReleaseWriteResult?
        let (thread, process) = (CPUTime.thread(), CPUTime.process())
        let seconds = try timed { result = try writer.write(into: out, records: { visit in try store.forEachRecord(visit) }, sign: { key.sign($0) }) }
        let (threadCPU, processCPU) = (CPUTime.thread() - thread, CPUTime.process() - process)
        let added = max(0, Memory.peakKiB() - before)
        let rate = Double(count) / seconds
        let ratio = baselineRate.map { String(format: "  %5.2f× baseline", rate / $0) } ?? ""
        let line = String(
            format: "release (%6d excerpts)          %9.0f excerpts/s%@ · peak memory +%5.1f MiB during the release · reading the records alone %.0f/s · CPU: calling thread %.0f/s, all threads %.0f/s",
            count, rate, ratio, Double(added) / 1024, Double(visited) / readSeconds, Double(count) / threadCPU, Double(count) / processCPU)
        return (line, result?.manifestSHA256 ?? "")
    }

    static func timed(_ body: () throws -> Void) throws -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
