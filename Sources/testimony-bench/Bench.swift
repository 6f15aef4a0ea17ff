import Foundation
import TestimonyCrypto
import TestimonyKit
import TestimonyModel

/// `swift run -c release testimony-bench vault`: throughput of the vault's encryption path as a
/// ratio against raw libsodium XChaCha20-Poly1305 measured in the same run, plus unlock and
/// save/load costs. Goal: vault path ≥ 0.9× raw.
@main
enum Bench {
    static func main() throws {
        let args = CommandLine.arguments.dropFirst()
        let quick = args.contains("--quick")
        if args.first == "redaction" {
            // `--lang en` (fi, sv): one language only, e.g. under a profiler.
            let only = args.firstIndex(of: "--lang").flatMap { args.index(after: $0) < args.endIndex ? args[args.index(after: $0)] : nil }
            try RedactionBench.run(quick: quick, only: only)
            return
        }
        if args.first == "corpus" {
            try CorpusBench.run(quick: quick)
            return
        }
        if args.first == "corpus-release" {
            try CorpusBench.releaseOnly(quick: quick)
            return
        }
        guard args.first == "vault" else {
            print("usage: testimony-bench vault|redaction|corpus|corpus-release [--quick] [--lang fi|sv|en]")
            exit(64)
        }
        try Sodium.ensureInitialized()
        print("testimony-bench vault · libsodium \(Sodium.version) · best of \(quick ? 2 : 5) rounds\n")
        print("message     raw seal   vault seal  ratio   raw open   vault open  ratio")
        var worst = Double.infinity
        for size in [4 << 10, 64 << 10, 1 << 20] {
            let r = try throughput(size: size, totalBytes: quick ? 16 << 20 : 128 << 20, rounds: quick ? 2 : 5)
            worst = min(worst, r.sealRatio, r.openRatio)
            print(String(
                format: "%7d KiB  %7.0f MiB/s %7.0f MiB/s  %5.2f×  %7.0f MiB/s %7.0f MiB/s  %5.2f×", size >> 10, r.rawSeal,
                r.vaultSeal, r.sealRatio, r.rawOpen, r.vaultOpen, r.openRatio))
        }
        print(String(format: "\nworst ratio %.2f× (goal ≥ 0.90×): %@", worst, worst >= 0.9 ? "met" : "NOT met"))
        try unlockAndSave(quick: quick)
        try ageStream(quick: quick)
    }

    /// age envelopes (X25519 recipient, 64 KiB STREAM) against raw ChaCha20-Poly1305 chunks in the same run.
    static func ageStream(quick: Bool) throws {
        let size = 8 << 20
        let message = Random.bytes(size)
        let identity = try AgeX25519Identity.generate()
        var raw = RawChaChaBaseline(chunk: 64 << 10)
        var rawBest = 0.0
        var sealBest = 0.0
        var openBest = 0.0
        let mib = Double(size) / 1_048_576
        var envelope: [UInt8] = []
        for _ in 0..<(quick ? 2 : 5) {
            rawBest = max(rawBest, mib / time { _ = raw.seal(message, chunk: 64 << 10) })
            sealBest = max(sealBest, mib / time { envelope = (try? Age.encrypt(message, to: [identity.recipient])) ?? [] })
            openBest = max(openBest, mib / time { precondition((try? Age.decrypt(envelope, identities: [identity]))?.count == size) })
        }
        print(String(format: "\nage STREAM, 8 MiB: raw ChaCha20-Poly1305 %.0f MiB/s · seal %.0f MiB/s (%.2f×) · open %.0f MiB/s (%.2f×)",
                     rawBest, sealBest, sealBest / rawBest, openBest, openBest / rawBest))
    }

    struct Result {
        var rawSeal, vaultSeal, rawOpen, vaultOpen: Double
        var sealRatio: Double { vaultSeal / rawSeal }
        var openRatio: Double { vaultOpen / rawOpen }
    }

    /// Raw: libsodium on a reused buffer, a fresh random nonce per message. Vault: `AEAD.seal/open` as the vault
    /// calls them (fresh random nonce, blob framing, a new output array, associated data of the
    /// vault's layout and size).
    static func throughput(size: Int, totalBytes: Int, rounds: Int) throws -> Result {
        let message = Random.bytes(size)
        let ad = Array(repeating: UInt8(7), count: 64)
        let iterations = max(1, totalBytes / size)
        let key = try SecureBytes.random(count: AEAD.keyBytes)
        var raw = RawAEADBaseline(maxMessage: size)
        var plain = [UInt8](repeating: 0, count: size)
        let blob = try AEAD.seal(message, key: key, associatedData: ad)
        var best = Result(rawSeal: 0, vaultSeal: 0, rawOpen: 0, vaultOpen: 0)
        let mib = Double(iterations * size) / 1_048_576
        for _ in 0..<rounds {
            var length = 0
            best.rawSeal = max(best.rawSeal, mib / time { for _ in 0..<iterations { length = raw.seal(message, associatedData: ad) } })
            best.rawOpen = max(best.rawOpen, mib / time { for _ in 0..<iterations { precondition(raw.open(length: length, associatedData: ad, into: &plain)) } })
            best.vaultSeal = max(best.vaultSeal, mib / time { for _ in 0..<iterations { precondition((try? AEAD.seal(message, key: key, associatedData: ad))?.count == blob.count) } })
            best.vaultOpen = max(best.vaultOpen, mib / time { for _ in 0..<iterations { precondition((try? AEAD.open(blob, key: key, associatedData: ad))?.count == size) } })
        }
        return best
    }

    /// Unlock cost at the default MODERATE parameters, and whole-testimony save/load through SQLite.
    static func unlockAndSave(quick: Bool) throws {
        let dir = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("testimony-bench-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes = Array("benchmark passphrase, synthetic".utf8)
        let passphrase = try SecureBytes(wiping: &bytes)
        let (vault, _) = try LockedVault.create(at: dir, passphrase: passphrase, policy: .standard())
        let locked = try LockedVault.open(at: dir)
        var unlocks: [Double] = []
        for _ in 0..<(quick ? 1 : 3) {
            unlocks.append(time { _ = try? locked.unlock(passphrase: passphrase, policy: .standard()) })
        }
        print(String(format: "\nunlock (%@): %.2f s (best of %d)", KDFParameters.moderate.description, unlocks.min() ?? 0, unlocks.count))

        let text = String(repeating: "synthetic answer text ", count: 3000)  // ~64 KiB
        var doc = TestimonyDocument(templateID: "bench", templateVersion: 1, language: "en", answers: ["q": .text(text)])
        let id = try vault.create(doc, status: .draft)
        let saves = quick ? 10 : 50
        let saveTime = time {
            for i in 0..<saves {
                doc.answers["n"] = .integer(i)
                try? vault.save(id, document: doc, status: .draft, position: i)
            }
        }
        let loadTime = time { for _ in 0..<saves { _ = try? vault.load(id) } }
        print(String(format: "save one ~64 KiB testimony (4 parts, durable): %.1f ms; load: %.2f ms (mean of %d)",
                     saveTime * 1000 / Double(saves), loadTime * 1000 / Double(saves), saves))
    }

    static func time(_ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        let elapsed = clock.measure(body)
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
