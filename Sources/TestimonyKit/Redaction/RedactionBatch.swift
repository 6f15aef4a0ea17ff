public import Foundation
public import TestimonyRedaction

/// JSONL batch redaction and evaluation against a gold set.
public enum RedactionBatch {
    /// One input line: `{"id", "lang", "text", "known"}`.
    struct InputLine: Decodable {
        var id: String
        var lang: RedactionLanguage?
        var text: String
        var known: [KnownIdentifier]?
    }

    /// One output line: `{"id", "redacted", "spans": [{start, end, type, class, detector, replacement}]}`.
    struct OutputLine: Encodable {
        struct Span: Encodable {
            var start: Int
            var end: Int
            var type: String
            var `class`: String
            var detector: String
            var replacement: String
        }

        var id: String
        var redacted: String
        var spans: [Span]
    }

    /// Redacts every line of `input` into `output`, calling `progress(lines, characters)` now and then.
    /// A malformed line stops the batch with its line number (never its content).
    public static func run(
        input: URL, output: URL, policy: RedactionPolicy, progress: (Int, Int) -> Void
    ) throws -> (lines: Int, characters: Int) {
        let reader = try LineReader(url: input)
        guard FileManager.default.createFile(atPath: output.path, contents: nil) , let handle = FileHandle(forWritingAtPath: output.path) else {
            throw KitError.io("cannot write \(output.path)")
        }
        defer { try? handle.close() }
        let decoder = JSONDecoder()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        var lines = 0
        var characters = 0
        var number = 0
        var lastReport = Date()
        while let line = try reader.next() {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let item: InputLine
            do {
                item = try decoder.decode(InputLine.self, from: Data(line.utf8))
            } catch {
                throw KitError.io("\(input.path):\(number): not a valid input line (expected {\"id\", \"lang\", \"text\", \"known\"})")
            }
            let result = Redactor(language: item.lang, known: item.known ?? [], policy: policy).redact(item.text)
            let out = OutputLine(id: item.id, redacted: result.redacted, spans: result.spans.map {
                .init(start: $0.start, end: $0.end, type: $0.type.rawValue, class: $0.identifierClass.rawValue, detector: $0.detector, replacement: $0.replacement)
            })
            var data = try encoder.encode(out)
            data.append(0x0A)
            try handle.write(contentsOf: data)
            lines += 1
            characters += item.text.unicodeScalars.count
            if Date().timeIntervalSince(lastReport) > 1 {
                progress(lines, characters)
                lastReport = Date()
            }
        }
        try handle.synchronize()
        progress(lines, characters)
        return (lines, characters)
    }

    /// Scores the pipeline on a gold JSONL file.
    public static func evaluate(gold: URL, policy: RedactionPolicy, includeMisses: Bool) throws -> EvaluationReport {
        let reader = try LineReader(url: gold)
        var evaluator = Evaluator(includeMisses: includeMisses)
        var number = 0
        while let line = try reader.next() {
            number += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let item: GoldLine
            do {
                item = try JSONDecoder().decode(GoldLine.self, from: Data(line.utf8))
            } catch {
                throw KitError.io("\(gold.path):\(number): not a valid gold line (input fields plus \"mentions\")")
            }
            evaluator.add(item, Redactor(language: item.lang, known: item.known ?? [], policy: policy).redact(item.text))
        }
        return evaluator.report
    }
}
