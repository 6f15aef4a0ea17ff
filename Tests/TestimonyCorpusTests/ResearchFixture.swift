import Foundation
import TestimonyCorpus
import TestimonyTestSupport

/// Writes small synthetic release directories for the research tool tests (no release writer:
/// the files are written directly in the documented format). Texts are synthetic and non-graphic.
final class ResearchFixture {
    let directory = TemporaryDirectory("research")
    var url: URL { directory.url }

    static func excerpt(
        _ id: String, question: String = "wh_narrative", language: String = "en", template: String = "survivor-experience",
        themes: [String] = ["what_happened"], quotable: Bool = false, metadata: [String: String] = [:], text: String
    ) -> ReleasedExcerpt {
        ReleasedExcerpt(
            excerptID: id, template: template, templateVersion: 1, question: question, language: language, themes: themes,
            quotable: quotable, metadata: metadata, text: text,
            provenance: .init(policyVersion: 1, release: "r0001"))
    }

    static func line(_ excerpt: ReleasedExcerpt) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(excerpt)) ?? Data(), as: UTF8.self)
    }

    func writeExcerpts(_ excerpts: [ReleasedExcerpt]) {
        writeRaw(ReleaseDirectory.excerptsFile, excerpts.map { Self.line($0) + "\n" }.joined())
    }

    /// Rows as (response id, question, code), written sorted by response_id, question, code.
    func writeResponses(_ rows: [(String, String, String)], language: String = "en") {
        let sorted = rows.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }
        var csv = "response_id,template,template_version,language,question,code\n"
        for (response, question, code) in sorted {
            csv += [response, "survivor-experience", "1", language, question, Self.csv(code)].joined(separator: ",") + "\n"
        }
        writeRaw(ReleaseDirectory.responsesFile, csv)
    }

    /// Responses for a one-question distribution: `counts[code]` responses with that code.
    static func distributionRows(_ question: String, _ counts: [(String, Int)], prefix: String = "rs-") -> [(String, String, String)] {
        var rows: [(String, String, String)] = []
        var n = 0
        for (code, count) in counts {
            for _ in 0..<count {
                n += 1
                rows.append((prefix + String(format: "%05d", n), question, code))
            }
        }
        return rows
    }

    func writeCodebook(_ questions: [Codebook.Question], release: String = "r0001") {
        let codebook = Codebook(
            release: release,
            templates: [.init(id: "survivor-experience", version: 1, title: .init(en: "Survivor experience"), questions: questions)])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        writeRaw(ReleaseDirectory.codebookFile, String(decoding: (try? encoder.encode(codebook)) ?? Data(), as: UTF8.self))
    }

    static func question(_ id: String, role: String = "coded", kind: String = "single_choice", label: String? = nil, codes: [String]) -> Codebook.Question {
        Codebook.Question(
            id: id, kind: kind, role: role, label: .init(en: label ?? id.uppercased(), fi: "fi " + id),
            themes: [], codes: codes.map { .init(code: $0, label: .init(en: "Label " + $0, sv: "sv " + $0)) }, sensitive: false)
    }

    func writeRaw(_ name: String, _ text: String) {
        directory.write(name, text)
    }

    static func csv(_ field: String) -> String {
        field.contains(where: { ",\"\n\r".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// A string sink for query output.
    struct Sink: TextOutputStream {
        var text = ""
        mutating func write(_ string: String) { text += string }
    }
}
