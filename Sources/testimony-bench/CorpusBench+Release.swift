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
        let store = try CorpusAccess.openOrCreate(at: dir.appendingPathComponent("corpus.sqlite"))
        var generator = SyntheticCorpus(seed: 11)
        var inserted = 0
        while inserted < total {
            try store.insert((0..<1_000).map { _ in generator.record() })
            inserted += 1_000
        }
        print("testimony-bench corpus-release · \(total) excerpts\n")
        let key = try Ed25519SigningKey.generate()
        var previous: String?
        for number in 1...3 {
            let (line, manifest) = try release(store: store, key: key, number: number, previous: previous, dir: dir, baselineRate: 1)
            previous = manifest
            print(line)
        }
    }
}
