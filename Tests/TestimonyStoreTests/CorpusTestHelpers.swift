import Foundation
import TestimonyModel
import TestimonyStore
import TestimonyTestSupport

/// Synthetic, non-graphic corpus records for the corpus store tests.
enum CorpusTestHelpers {
    /// A record with two quasi-identifiers, a multi-choice answer, a scale answer and `excerpts`
    /// excerpts (ids `ex-<id>-<n>`, texts that name the record so they can be grepped for).
    static func record(_ id: String, template: String = "survivor-experience", excerpts: Int = 2, canary: String? = nil) -> CorpusRecord {
        CorpusRecord(
            id: id, template: template, templateVersion: 1, language: "fi",
            quasi: ["ay_age_band": "25-44", "ay_region": "nordic"], levels: ["ay_age_band": 0, "ay_region": 0],
            answers: [
                CorpusAnswer(question: "wh_setting", code: "online"),
                CorpusAnswer(question: "wh_setting", code: "home"),
                CorpusAnswer(question: "im_education", code: "4"),
            ],
            excerpts: (0..<excerpts).map { index in
                CorpusExcerpt(
                    id: "ex-\(id)-\(index)", question: index == 0 ? "wh_narrative" : "sp_support",
                    themes: index == 0 ? ["what_happened"] : ["support", "school"], quotable: index == 0,
                    text: "[PERSON 1] talked with a teacher about the weather (\(canary ?? id) part \(index)).",
                    policyVersion: 1)
            },
            consentExpires: "2030-01-01", quotesExpire: nil)
    }

    /// A fresh corpus in a new temporary directory (kept alive by the returned directory).
    static func newCorpus(_ label: String = "corpus") throws -> (dir: TemporaryDirectory, store: SQLiteCorpusStore, url: URL) {
        let dir = TemporaryDirectory(label)
        let url = dir.path("corpus.sqlite")
        return (dir, try SQLiteCorpusStore.create(at: url), url)
    }

    /// Whether the database file's bytes contain `canary` (UTF-8 or UTF-16).
    static func fileContains(_ url: URL, _ canary: String) throws -> Bool {
        let data = try Data(contentsOf: url)
        return [canary.data(using: .utf8), canary.data(using: .utf16LittleEndian), canary.data(using: .utf16BigEndian)]
            .compactMap { $0 }.contains { data.range(of: $0) != nil }
    }
}
