import Foundation
import Testing
@testable import TestimonyCorpus
import TestimonyModel

/// The `responses.csv` row writer on its own, against the plain reference of the writer tests,
/// also when what it remembers is dropped every few records.
@Suite struct ResponseRowsTests {
    static func rows(_ records: [CorpusRecord], arenaLimit: Int) -> String {
        var rows = ResponseRows(arenaLimit: arenaLimit)
        var out = Array("response_id,template,template_version,language,question,code\n".utf8)
        for record in records.sorted(by: { Array($0.id.utf8).lexicographicallyPrecedes(Array($1.id.utf8)) }) {
            rows.start(id: record.id, template: record.template, version: record.templateVersion, language: record.language)
            rows.add(quasi: record.quasi)
            rows.add(record.answers)
            rows.append(to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `answers` as a stored cell (as the corpus store reads it) when it has the plain shape.
    static func asCell(_ answers: CorpusAnswers) throws -> CorpusAnswers {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let cell = Array(try encoder.encode(answers.map { [$0.question, $0.code] }))
        return CorpusAnswers(cell: cell) ?? answers
    }

    @Test(arguments: [64, 1 << 20], [false, true])
    func matchesThePlainReference(arenaLimit: Int, cells: Bool) throws {
        let questions = ["q_b", "q_a", "ay_age", "q_c", "q_\"x\"", "q,y"]
        // More codes than a position remembers (16), so some rows are built each time.
        let codes = ["1", "2", "10", "a,b", "K", "\u{212A}", "\u{e9}", "e\u{301}", "x"] + (0..<12).map { "c\($0)" }
        var rng = SystemRandomNumberGenerator()
        var records = (1...400).map { n in
            var record = ReleaseFixtures.record(n, excerpts: 0)
            // Template, version and language in runs, with equivalent spellings and a field that needs quotes.
            let templates = ["t-K", "t-\u{212A}", "t,q"]
            record.template = templates[(n / 3) % templates.count]
            record.templateVersion = (n / 5) % 2 + 1
            record.language = (n / 4) % 2 == 0 ? "fi" : "\u{e9}"
            record.quasi = n % 7 == 0 ? [:] : ["ay_age_band": codes.randomElement(using: &rng)!, "ay_region": "nordic"]
            // Runs of the same questions, a question repeated, and changing lengths.
            let asked = (n / 10) % 3 == 0 ? questions : (n / 10) % 3 == 1 ? ["q_b", "q_a", "q_b"] : Array(questions.prefix(n % 6))
            record.answers = CorpusAnswers(asked.map { CorpusAnswer(question: $0, code: codes.randomElement(using: &rng)!) })
            return record
        }
        if cells {
            // Interleaved: plain cells (pairs as bytes) and lists (a non-ASCII or escaped string).
            for n in records.indices { records[n].answers = try Self.asCell(records[n].answers) }
            #expect(records.filter { $0.answers.withCell { _ in true } != nil }.count > 50)
            #expect(records.filter { $0.answers.withCell { _ in true } == nil }.count > 50)
        }
        // Bytes, not `==`: canonically equivalent spellings must not stand in for each other.
        #expect(Array(Self.rows(records, arenaLimit: arenaLimit).utf8) == Array(ReleaseWriterTests.referenceCSV(records).utf8))
    }
}
