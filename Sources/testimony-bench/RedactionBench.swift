import Foundation
import TestimonyRedaction

/// `swift run -c release testimony-bench redaction`: characters per second of the whole pipeline on
/// ≥ 10 MB of generated text per language, single core, with tokenisation alone as the same-run baseline.
enum RedactionBench {
    struct Line: Decodable {
        var lang: RedactionLanguage?
        var text: String
    }

    static func run(quick: Bool, only: String? = nil) throws {
        let file = URL(fileURLWithPath: "Tests/Fixtures/redaction/dev.jsonl")
        guard let data = try? String(contentsOf: file, encoding: .utf8) else {
            print("run from the package root (needs Tests/Fixtures/redaction/dev.jsonl)")
            exit(66)
        }
        let lines = try data.split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
        let target = quick ? 1_000_000 : 10_000_000
        let gazetteer = Gazetteer.shared
        let names = Array(gazetteer.firstNames.union(gazetteer.lastNames)).sorted()
        print("testimony-bench redaction · \(target / 1_000_000) MB per language · single core\n")
        print("lang  characters   tokenise only     pipeline        ratio")
        for language in RedactionLanguage.allCases where only == nil || only == language.rawValue {
            let corpus = generate(lines.filter { $0.lang == language }.map(\.text), names: names, target: target)
            let chars = corpus.reduce(0) { $0 + $1.unicodeScalars.count }
            let clock = ContinuousClock()
            var tokens = 0
            var baselineCPU = 0.0
            let baseline = clock.measure { baselineCPU = CPUTime.measure { for text in corpus { tokens &+= AnalyzedText(text).tokens.count } } }
            let redactor = Redactor(language: language)
            var spans = 0
            var pipelineCPU = 0.0
            let pipeline = clock.measure { pipelineCPU = CPUTime.measure { for text in corpus { spans &+= redactor.redact(text).spans.count } } }
            let b = Double(chars) / seconds(baseline)
            let p = Double(chars) / seconds(pipeline)
            print(String(format: "%@    %9d  %8.2f M chars/s  %8.2f M chars/s  %5.2f×   (%d spans)", language.rawValue, chars, b / 1e6, p / 1e6, p / b, spans))
            // The same per CPU second of this thread: less moved by other work on a shared machine.
            let bc = Double(chars) / baselineCPU
            let pc = Double(chars) / pipelineCPU
            print(String(format: "  cpu            %8.2f M chars/s  %8.2f M chars/s  %5.2f×", bc / 1e6, pc / 1e6, pc / bc))
            if !quick { breakdown(corpus, language: language, chars: chars) }
        }
        print("\ngoals (release, single core): en ≥ 5 M chars/s, fi ≥ 1 M chars/s")
    }

    /// Texts of about 2 KB built from the dev set, with names swapped for random gazetteer names so
    /// the Voikko cache sees new words, until `target` characters.
    static func generate(_ texts: [String], names: [String], target: Int) -> [String] {
        var generator = SystemRandomNumberGenerator()
        var out: [String] = []
        var total = 0
        var i = 0
        while total < target, !texts.isEmpty {
            var text = texts[i % texts.count]
            for _ in 0..<3 {
                let name = names.randomElement(using: &generator)?.capitalized ?? "Name"
                text += " \(name). "
            }
            out.append(text)
            total += text.unicodeScalars.count
            i += 1
        }
        return out
    }

    static func seconds(_ d: Duration) -> Double {
        Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
    }

    /// Time per detector on the same corpus (text analysis done once), to show where the time goes.
    static func breakdown(_ corpus: [String], language: RedactionLanguage, chars: Int) {
        let analyzed = corpus.prefix(2000).map(AnalyzedText.init)
        let sample = analyzed.reduce(0) { $0 + $1.scalars.count }
        let clock = ContinuousClock()
        var rows: [(String, Double)] = []
        for detector in Redactor(language: language).detectorList() {
            let t = clock.measure { for text in analyzed { _ = detector.detect(in: text) } }
            rows.append((detector.name, Double(sample) / seconds(t) / 1e6))
        }
        print("      " + rows.sorted { $0.1 < $1.1 }.prefix(8).map { String(format: "%@ %.1f", $0.0, $0.1) }.joined(separator: " · ") + " (M chars/s, slowest detectors)")
        // All detectors one after the other (what the pipeline spends before resolving overlaps and placeholders).
        let all = 1 / rows.reduce(0.0) { $0 + 1 / $1.1 }
        print(String(format: "      all %d detectors in a row: %.2f M chars/s", rows.count, all))
    }
}
