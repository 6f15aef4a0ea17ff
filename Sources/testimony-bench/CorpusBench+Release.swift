import Foundation
import TestimonyCorpus
import TestimonyCrypto
import TestimonyKit
import TestimonyModel

extension CorpusBench {
    /// `testimony-bench corpus-release [--quick]`: the release path alone, for profiling. Inserts
    /// the synthetic corpus without disclosure checks, then times three releases of it, each with
    /// the record walk alone beside it.
    static func releaseOnly(quick: Bool) throws {
        try Sodium.ensureInitialized()
        let total = quick ? 10_000 : 100_000
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("testimony-bench-release-\(getpid())")
        try? FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // TESTIMONY_BENCH_CORPUS=FILE keeps the corpus between runs (to profile the release alone).
        let kept = ProcessInfo.processInfo.environment["TESTIMONY_BENCH_CORPUS"].map(URL.init(fileURLWithPath:))
        let file = kept ?? dir.appendingPathComponent("corpus.sqlite")
        let existed = FileManager.default.fileExists(atPath: file.path)
        let store = try CorpusAccess.openOrCreate(at: file)
        var generator = SyntheticCorpus(seed: 11)
        var inserted = existed ? try store.counts().records : 0
        while inserted < total {
            try store.insert((0..<1_000).map { _ in generator.record() })
            inserted += 1_000
        }
        print("testimony-bench corpus-release · \(total) excerpts\n")
        let key = try Ed25519SigningKey.generate()
        // TESTIMONY_BENCH_PROFILE=1: the store releases only (for a profiler).
        let profiling = ProcessInfo.processInfo.environment["TESTIMONY_BENCH_PROFILE"] == "1"
        // The writer alone: the same records from memory, no store.
        var memoryGenerator = SyntheticCorpus(seed: 11)
        let inMemory = profiling ? [] : (0..<total).map { _ in memoryGenerator.record() }.sorted { $0.id.utf8.lexicographicallyPrecedes($1.id.utf8) }
        for round in 1...2 where !profiling {
            let writer = ReleaseWriter(
                releaseID: "r000\(round)", previousManifestSHA256: nil, month: "2026-11", today: "2026-11-29",
                codebook: Codebook(release: "r0001", templates: []), tombstones: [],
                datacard: ReleaseDatacard(organisation: "bench", citation: "bench", k: 5, l: 2, policyVersions: [:], consentBasis: "synthetic", knownLimits: []))
            let out = dir.appendingPathComponent("memory-releases")
            let seconds = try timed {
                _ = try writer.write(into: out, records: { visit in for record in inMemory { try visit(record) } }, sign: { key.sign($0) })
            }
            print(String(format: "release from memory (writer alone)  %9.0f excerpts/s", Double(total) / seconds))
        }
        var previous: String?
        for number in 1...3 {
            let (line, manifest) = try release(store: store, key: key, number: number, previous: previous, dir: dir, baselineRate: nil)
            previous = manifest
            print(line)
        }
    }
}
