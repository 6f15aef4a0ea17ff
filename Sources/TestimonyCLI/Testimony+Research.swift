import ArgumentParser
import Foundation
import TestimonyCorpus

extension Testimony.CorpusCommand {
    struct Query: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find excerpts in a release by question, language, theme, metadata or words in the redacted text.",
            discussion: """
                Every filter given must hold; repeat an option for alternatives (--theme education --theme work: either). Full-text search looks only at the redacted excerpt text, ignoring case and accents: --search 'school "kept quiet"' needs both the word and the phrase. Streams the file, so a release of any size needs little memory.

                Examples:
                  testimony corpus query r0001 --theme recognition --format table
                  testimony corpus query r0001 --meta ay_age_band=18-34 --lang fi --format csv > fi-young.csv
                  testimony corpus query r0001 --search teacher --count
                """)
        @Argument(help: ArgumentHelp("Release directory (…/r0001).", valueName: "dir"))
        var directory: String
        @Option(name: .customLong("question"), help: ArgumentHelp("Question id (repeatable).", valueName: "id")) var questions: [String] = []
        @Option(name: [.customLong("lang"), .customLong("language")], help: ArgumentHelp("Language: en, fi or sv (repeatable).", valueName: "lang")) var languages: [String] = []
        @Option(name: .customLong("template"), help: ArgumentHelp("Template id (repeatable).", valueName: "id")) var templates: [String] = []
        @Option(name: .customLong("theme"), help: ArgumentHelp("Theme (repeatable; see codebook.json).", valueName: "theme")) var themes: [String] = []
        @Option(name: .customLong("meta"), help: ArgumentHelp("Generalised metadata key=value, e.g. ay_age_band=18-34 (repeatable).", valueName: "key=value"))
        var metadata: [String] = []
        @Option(help: ArgumentHelp("Words or \"quoted phrases\" that must all occur in the redacted text.", valueName: "text")) var search: String?
        @Flag(help: "Match accented letters exactly (ä is not a).") var exactLetters = false
        @Option(help: ArgumentHelp("Output format.", valueName: "jsonl|csv|table")) var format: String = "jsonl"
        @Flag(help: "Print only the number of matching excerpts.") var count = false
        @Option(help: ArgumentHelp("At most this many excerpts.", valueName: "n")) var limit: Int?

        func validate() throws {
            guard ["jsonl", "csv", "table"].contains(format) else { throw ValidationError("--format must be jsonl, csv or table") }
            if let limit, limit < 0 { throw ValidationError("--limit must be 0 or more") }
        }

        func run() async throws {
            var filter = CorpusFilter(
                questions: Set(questions), languages: Set(languages), templates: Set(templates), themes: Set(themes),
                foldsDiacritics: !exactLetters)
            for pair in metadata { try filter.addMetadata(pair) }
            if let search { try filter.addSearch(search) }
            let stream = FileHandleOutputStream(FileHandle.standardOutput)
            var output = stream
            let chosen: CorpusQuery.Format = count ? .count : CorpusQuery.Format(rawValue: format) ?? .jsonl
            try CorpusQuery.run(
                directory: URL(fileURLWithPath: directory), filter: filter, format: chosen, limit: limit,
                width: Int(ProcessInfo.processInfo.environment["COLUMNS"] ?? "") ?? 100, output: &output)
            stream.flush()
            if stream.failed { throw CorpusResearchError.unwritable(file: "standard output") }
        }
    }

    struct Stats: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Counts and distributions of coded answers, with small-cell suppression.",
            discussion: """
                Counts respondents per answer code, with labels from the codebook. --by QUESTION cross-tabulates each question against another. Any count from 1 to 4 is shown as "<5", and further cells are hidden where a total and the other cells would otherwise give it away (docs/research.md).
                """)
        @Argument(help: ArgumentHelp("Release directory (…/r0001).", valueName: "dir"))
        var directory: String
        @Option(name: .customLong("question"), help: ArgumentHelp("Question id (repeatable); default every coded question.", valueName: "id"))
        var questions: [String] = []
        @Option(help: ArgumentHelp("Cross-tabulate against this question.", valueName: "question")) var by: String?
        @Option(name: [.customLong("lang"), .customLong("language")], help: ArgumentHelp("Label language: en, fi or sv.", valueName: "lang")) var language = "en"
        @Option(help: ArgumentHelp("Output format.", valueName: "text|csv|json")) var format: String = "text"

        func validate() throws {
            guard StatsResult.Format(rawValue: format) != nil else {
                throw ValidationError("--format must be one of: \(StatsResult.Format.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() async throws {
            let result = try CorpusStats.compute(directory: URL(fileURLWithPath: directory), questions: questions, by: by, language: language)
            Console.out(result.rendered(StatsResult.Format(rawValue: format) ?? .text))
        }
    }

    struct Report: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A self-contained HTML report: bar charts (inline SVG) and tables of the coded answers.",
            discussion: "One file, no scripts and nothing fetched from anywhere; small cells are suppressed as in `corpus stats`. Open it in any browser, or attach it to a report.")
        @Argument(help: ArgumentHelp("Release directory (…/r0001).", valueName: "dir"))
        var directory: String
        @Option(help: ArgumentHelp("HTML file to write.", valueName: "file")) var out: String
        @Option(name: [.customLong("lang"), .customLong("language")], help: ArgumentHelp("Label language: en, fi or sv.", valueName: "lang")) var language = "en"

        func run() async throws {
            try CorpusReport.write(directory: URL(fileURLWithPath: directory), language: language, to: URL(fileURLWithPath: out))
            Console.out("Report written to \(out).\n")
        }
    }
}
