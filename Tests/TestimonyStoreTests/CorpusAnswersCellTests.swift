import Foundation
import Testing
import TestimonyModel
@testable import TestimonyStore

/// `CorpusAnswers(cell:)`: the stored `answers` cell read as it is visited, against the pairs the
/// store wrote.
@Suite struct CorpusAnswersCellTests {
    /// Whether the store's JSON for `text` is the text itself (printable ASCII, no `"` or `\`).
    static func isPlain(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }
    }

    @Test func aPlainCellReadsBackItsPairsByteForByteAndAnyOtherIsLeftToTheDecoder() throws {
        var rng = SystemRandomNumberGenerator()
        let encoder = SQLiteCorpusStore.jsonEncoder()
        // Mostly plain pieces, so most cells take the cell path; the rest of the column tests' pieces
        // (controls, quotes, backslashes, DEL, non-ASCII) make the others.
        let plain = ["q_1", "ay_age_band", "18-34", "a/b", " ", "", "x", "prefer_not_to_say", "{", "]", ":", ","]
        var cells = 0
        let sorted = JSONEncoder()
        sorted.outputFormatting = .sortedKeys
        for _ in 0..<2_000 {
            let pieces = Bool.random(using: &rng) ? plain : CorpusColumnJSONTests.pieces
            func random() -> String {
                (0..<Int.random(in: 0...3, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            }
            let expected = (0..<Int.random(in: 0...13, using: &rng)).map { _ in CorpusAnswer(question: random(), code: random()) }
            let bytes = Array(try SQLiteCorpusStore.json(expected.map { [$0.question, $0.code] }, encoder).utf8)
            let read = CorpusAnswers(cell: bytes)
            let plainCell = expected.allSatisfy { Self.isPlain($0.question) && Self.isPlain($0.code) }
            #expect((read != nil) == plainCell, "\(expected)")
            guard let read else { continue }
            cells += 1
            #expect(read.count == expected.count)
            #expect(Array(read) == expected)
            // Same bytes, not just canonically equivalent strings.
            #expect(read.flatMap { [Array($0.question.utf8), Array($0.code.utf8)] } == expected.flatMap { [Array($0.question.utf8), Array($0.code.utf8)] })
            #expect(read == CorpusAnswers(expected))
            #expect(read.withCell { $0 } == bytes)
            #expect(try sorted.encode(read) == sorted.encode(expected))
        }
        #expect(cells > 500)
        #expect(CorpusAnswers([CorpusAnswer(question: "q", code: "1")]).withCell { $0 } == nil)
    }

    @Test func cellsOfAnyOtherShapeAreRefused() {
        let cells = [
            "", "[", "]", "[]x", "{}", "[[]]", "[[\"a\"]]", "[[\"a\",\"b\",\"c\"]]", "[[\"a\",1]]", "[\"a\"]", "[[\"a\",\"b\"],]",
            "[[\"a\",\"b\"]", "[[\"a\",\"b\"]]]", "[[\"a\",\"b\"]] ", " [[\"a\",\"b\"]]", "[[\"a\", \"b\"]]", "[[\"a\",\"b\"][\"c\",\"d\"]]",
            "[[\"a\",\"b\"],[\"c\",\"d\"]", "[[\"a\",\"b]]", "[[\"a\\\"\",\"b\"]]", "[[\"a\",\"b\u{7F}\"]]", "[[\"ä\",\"b\"]]",
            "[[\"a\",\"b\n\"]]", "[[\"a\",\"b\"],[\"c\"]]",
        ]
        for cell in cells { #expect(CorpusAnswers(cell: Array(cell.utf8)) == nil, "\(cell)") }
        #expect(CorpusAnswers(cell: Array("[]".utf8))?.isEmpty == true)
        #expect(CorpusAnswers(cell: Array("[[\"\",\"\"]]".utf8)).map(Array.init) == [CorpusAnswer(question: "", code: "")])
    }

    @Test func answersReadFromTheStoreAreTheAnswersWritten() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("answers-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try SQLiteCorpusStore.create(at: directory.appendingPathComponent("corpus.sqlite"))
        let lists: [[CorpusAnswer]] = [
            [], [CorpusAnswer(question: "q_1", code: "yes"), CorpusAnswer(question: "q_2", code: "4")],
            // Not plain: decoded in full.
            [CorpusAnswer(question: "q_1", code: "ä"), CorpusAnswer(question: "q\"2", code: "a\\b")],
            // KELVIN SIGN: canonically equivalent to "K", and must read back as written.
            [CorpusAnswer(question: "q_k", code: "\u{212A}"), CorpusAnswer(question: "q_k", code: "K")],
        ]
        let records = lists.enumerated().map { n, answers in
            CorpusRecord(
                id: "rs-\(n)", template: "t", templateVersion: 1, language: "en", quasi: [:], answers: CorpusAnswers(answers),
                excerpts: [])
        }
        try store.insert(records)
        var read: [CorpusRecord] = []
        try store.forEachRecord { read.append($0) }
        #expect(read.map { Array($0.answers) } == lists)
        #expect(read.map { $0.answers.flatMap { Array($0.code.utf8) } } == lists.map { $0.flatMap { Array($0.code.utf8) } })
        #expect(read.map { $0.answers.withCell { _ in true } ?? false } == [true, true, false, false])
    }
}
