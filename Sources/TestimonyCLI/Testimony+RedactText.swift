import ArgumentParser
import Foundation
import TestimonyKit
import TestimonyRedaction

extension Testimony {
    struct RedactText: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "redact-text",
            abstract: "Redact identifying details from plain text (no vault needed).",
            discussion: """
                Finds names, places, institutions, contacts and codes (fi, sv, en; Finnish inflection through Voikko) and replaces them with consistent placeholders: "[PERSON 1]" everywhere that person appears, "[SCHOOL]", "[PHONE]", dates as their year. The original is never changed.

                Examples:
                  testimony redact-text story.txt --lang fi --known people.yaml
                  echo "Soitin Mikolle numeroon 040 123 4567." | testimony redact-text --format json
                  testimony redact-text --jsonl in.jsonl --output out.jsonl
                  testimony redact-text --evaluate gold.jsonl

                --known lists what the interviewer knows: [{kind: person, value: "Mikko Virtanen", role: offender}, {kind: place, value: Tampere}] (kinds: person, place, org, contact, other). JSONL input lines are {"id", "lang", "text", "known"}; output lines {"id", "redacted", "spans"}, offsets in Unicode code points, end exclusive.
                """)

        @Argument(help: ArgumentHelp("Text file, or - for standard input (default).", valueName: "file"))
        var file: String = "-"

        @Option(help: "Language: fi, sv or en (default: detected).")
        var lang: LanguageOption?

        @Option(help: ArgumentHelp("Known identifiers (YAML or JSON list of {kind, value, role}).", valueName: "file"))
        var known: String?

        @Option(help: "Output: text (the redacted text) or json (spans and redacted text).")
        var format: OutputFormat = .text

        @Option(help: ArgumentHelp("Redaction policy (YAML); default: the shipped policy.", valueName: "file"))
        var policy: String?

        @Option(help: ArgumentHelp("Batch mode: redact every line of this JSONL file.", valueName: "file"))
        var jsonl: String?

        @Option(help: ArgumentHelp("Batch output file (with --jsonl).", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp("Score the pipeline against a labelled JSONL gold set.", valueName: "gold"))
        var evaluate: String?

        @Flag(help: "With --evaluate: also list every missed mention and false positive (contains the gold texts).")
        var showErrors = false

        func validate() throws {
            if (jsonl == nil) != (output == nil) { throw ValidationError("--jsonl and --output go together") }
            if jsonl != nil && evaluate != nil { throw ValidationError("use either --jsonl or --evaluate") }
        }

        func run() async throws {
            let policy = try RedactionSetup.policy(file: self.policy)
            if let evaluate {
                let report = try RedactionBatch.evaluate(gold: URL(fileURLWithPath: evaluate), policy: policy, includeMisses: showErrors)
                if format == .json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                    Console.out(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
                } else {
                    Console.out(report.table())
                    if showErrors {
                        Console.out("\nmissed:\n" + report.misses.map { "  " + $0 }.joined(separator: "\n") + "\n")
                        Console.out("\nfalse positives:\n" + report.falsePositives.map { "  " + $0 }.joined(separator: "\n") + "\n")
                    }
                }
                return
            }
            if let jsonl, let output {
                let started = Date()
                let (lines, characters) = try RedactionBatch.run(
                    input: URL(fileURLWithPath: jsonl), output: URL(fileURLWithPath: output), policy: policy
                ) { lines, characters in
                    Console.note("… \(lines) lines, \(characters / 1000) k characters")
                }
                let seconds = max(Date().timeIntervalSince(started), 0.001)
                Console.note("Redacted \(lines) lines (\(characters) characters) in \(String(format: "%.1f", seconds)) s into \(output).")
                return
            }
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let read = FileManager.default.contents(atPath: file) else { throw KitError.io("cannot read \(file)") }
                data = read
            }
            guard let text = String(data: data, encoding: .utf8) else { throw KitError.io("\(file) is not UTF-8 text") }
            let result = Redactor(language: lang?.language, known: try RedactionSetup.known(file: known), policy: policy).redact(text)
            switch format {
            case .text: Console.out(result.redacted)
            case .json:
                struct Output: Encodable {
                    var language: String
                    var redacted: String
                    var spans: [RedactedSpan]
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let out = Output(language: result.language.rawValue, redacted: result.redacted, spans: result.spans)
                Console.out(String(decoding: try encoder.encode(out), as: UTF8.self) + "\n")
            }
        }
    }
}

/// `--lang` values.
enum LanguageOption: String, ExpressibleByArgument, CaseIterable {
    case fi, sv, en

    var language: RedactionLanguage { RedactionLanguage(rawValue: rawValue) ?? .en }
}
