import Foundation
import TestimonyCorpus
import TestimonyCrypto
import TestimonyModel
import TestimonyTestSupport

/// Synthetic, non-graphic release inputs and helpers for running the standard tools.
enum ReleaseFixtures {
    static let month = "2026-11"
    static let today = "2026-11-15"

    /// Ids in byte order: `rs-` / `ex-` and a zero-padded number.
    static func responseID(_ n: Int) -> String { "rs-" + padded(n) }
    static func excerptID(_ n: Int, _ i: Int = 0) -> String { "ex-" + padded(n) + "x\(i)" }
    static func padded(_ n: Int) -> String {
        let digits = String(n)
        return String(repeating: "0", count: max(0, 16 - digits.count)) + digits
    }

    /// A synthetic record: generalised quasi-identifiers, a few coded answers, one or two excerpts.
    static func record(_ n: Int, excerpts: Int = 1, consentExpires: String? = nil, quotesExpire: String? = nil) -> CorpusRecord {
        CorpusRecord(
            id: responseID(n), template: "survivor-experience", templateVersion: 1, language: ["en", "fi", "sv"][n % 3],
            quasi: ["ay_age_band": ["18-34", "35-54"][n % 2], "ay_region": "nordic"], levels: ["ay_age_band": 1],
            answers: [CorpusAnswer(question: "wh_setting", code: "online"), CorpusAnswer(question: "im_education", code: String(n % 5)),
                CorpusAnswer(question: "wh_setting", code: "home")],
            excerpts: (0..<excerpts).map { i in
                CorpusExcerpt(
                    id: excerptID(n, i), question: "wh_narrative", themes: ["what_happened"], quotable: i == 0,
                    text: "A synthetic placeholder answer \(n) mentioning [PERSON 1] and a library visit.", policyVersion: 1)
            },
            consentExpires: consentExpires, quotesExpire: quotesExpire)
    }

    static let codebook = Codebook(release: "", templates: [
        Codebook.Template(id: "survivor-experience", version: 1, title: Codebook.Label(en: "Survivor experience"), questions: [
            Codebook.Question(id: "wh_setting", kind: "multi_choice", role: "coded", label: Codebook.Label(en: "Setting"),
                themes: ["what_happened"], codes: [Codebook.Code(code: "home", label: Codebook.Label(en: "Home")),
                    Codebook.Code(code: "online", label: Codebook.Label(en: "Online"))], sensitive: false),
        ]),
    ])

    static let datacard = ReleaseDatacard(
        organisation: "Example Support Association", citation: "Example Support Association (2026). Testimony corpus.",
        k: 5, l: 2, policyVersions: ["redaction": 1, "disclosure": 1],
        consentBasis: "Explicit research_corpus consent, withdrawable at any time.",
        knownLimits: ["Small groups are generalised, which hides regional detail."])

    static func writer(
        _ id: String = "r0001", previous: String? = nil, tombstones: [CorpusTombstone] = []
    ) -> ReleaseWriter {
        ReleaseWriter(
            releaseID: id, previousManifestSHA256: previous, month: month, today: today, codebook: codebook,
            tombstones: tombstones, datacard: datacard)
    }

    /// Writes a release of `records` into `directory`, signed by `key`.
    @discardableResult
    static func write(
        _ records: [CorpusRecord], id: String = "r0001", previous: String? = nil, tombstones: [CorpusTombstone] = [],
        into directory: URL, key: Ed25519SigningKey
    ) throws -> ReleaseWriteResult {
        try writer(id, previous: previous, tombstones: tombstones).write(
            into: directory, records: { visit in for record in records { try visit(record) } }, sign: { key.sign($0) })
    }

    /// Every file of a directory tree (relative path → SHA-256), to show that something is unchanged.
    static func snapshot(_ directory: URL) -> [String: String] {
        var out: [String: String] = [:]
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return out }
        for case let path as String in walker {
            let url = directory.appendingPathComponent(path)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            out[path] = isDirectory.boolValue ? "dir" : ((try? SHA256.hexOfFile(at: url)) ?? "?")
        }
        return out
    }

    static func tool(_ path: String) -> String? {
        FileManager.default.isExecutableFile(atPath: path) ? path : nil
    }

    static let openssl = tool("/usr/bin/openssl") ?? tool("/usr/local/bin/openssl")
    static let sha256sum = tool("/usr/bin/sha256sum") ?? tool("/bin/sha256sum")
    static var haveTools: Bool { openssl != nil && sha256sum != nil }

    /// Runs a tool in `directory`; returns its exit status and combined output.
    static func run(_ tool: String, _ arguments: [String], in directory: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// The recipe of docs/corpus.md ("Verifying with standard tools"), run as written.
    static func standardToolsVerify(_ release: URL, pem: URL) throws -> (sha256sum: Bool, openssl: Bool, fileSetOK: Bool) {
        let sums = try run(sha256sum ?? "/usr/bin/sha256sum", ["--strict", "-c", "MANIFEST"], in: release)
        let signature = try run(openssl ?? "/usr/bin/openssl", ["pkeyutl", "-verify", "-pubin", "-inkey", pem.path, "-rawin",
            "-in", "MANIFEST", "-sigfile", "MANIFEST.sig"], in: release)
        let names = Set((try? FileManager.default.contentsOfDirectory(atPath: release.path)) ?? [])
        return (sums.status == 0, signature.status == 0 && signature.output.contains("Signature Verified Successfully"),
            names == Set(ReleaseFiles.all))
    }
}
