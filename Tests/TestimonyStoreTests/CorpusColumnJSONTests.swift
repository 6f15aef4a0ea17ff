import Foundation
import Testing
import TestimonyModel
@testable import TestimonyStore

/// The hand-written reader for the JSON columns against JSONDecoder.
@Suite struct CorpusColumnJSONTests {
    static let pieces: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
        "\"", "\\", "/", "\u{7F}", "\u{2028}", "😀", "e\u{301}", "ä", "日本", " ", "", "{", "]", ":", ",", "ay_age_band", "18-34",
    ]

    static func random(_ rng: inout SystemRandomNumberGenerator) -> String {
        (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func readsWhatTheStoreWritesAsJSONDecoderDoes() throws {
        var rng = SystemRandomNumberGenerator()
        let encoder = SQLiteCorpusStore.jsonEncoder()
        for _ in 0..<1_000 {
            let array = (0..<Int.random(in: 0...4, using: &rng)).map { _ in Self.random(&rng) }
            var strings: [String: String] = [:]
            var ints: [String: Int] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &rng) {
                strings[Self.random(&rng)] = Self.random(&rng)
                ints[Self.random(&rng)] = [0, 1, 2, -5, Int.max, Int.min].randomElement(using: &rng)!
            }
            let arrayText = try SQLiteCorpusStore.json(array, encoder)
            let stringsText = try SQLiteCorpusStore.json(strings, encoder)
            let intsText = try SQLiteCorpusStore.json(ints, encoder)
            #expect(SQLiteCorpusStore.ColumnJSON.stringArray(Array(arrayText.utf8)) == array)
            #expect(SQLiteCorpusStore.ColumnJSON.stringMap(Array(stringsText.utf8)) == strings)
            #expect(SQLiteCorpusStore.ColumnJSON.intMap(Array(intsText.utf8)) == ints)
        }
    }

    @Test func declinesAnythingElseAndMalformedCellsStillFail() throws {
        for cell in [" []", "[] ", "[\"a\" ]", "[1]", "{\"a\":\"b\",\"a\":\"c\"}", "{\"a\":1.0}", "{\"a\":01}", "{\"a\":-0}",
            "{\"a\":1e2}", "{\"a\":99999999999999999999}", "[\"\\ud800\"]", "[\"\\x\"]", "[", "{", "", "null", "[\"a\",]"]
        {
            #expect(SQLiteCorpusStore.ColumnJSON.stringArray(Array(cell.utf8)) == nil, "\(cell)")
            #expect(SQLiteCorpusStore.ColumnJSON.stringMap(Array(cell.utf8)) == nil, "\(cell)")
            #expect(SQLiteCorpusStore.ColumnJSON.intMap(Array(cell.utf8)) == nil, "\(cell)")
        }
        // A \u escape the fast path reads gives JSONDecoder's value.
        #expect(SQLiteCorpusStore.ColumnJSON.stringArray(Array("[\"\\u0041\\u00e4\"]".utf8)) == (try JSONDecoder().decode([String].self, from: Data("[\"\\u0041\\u00e4\"]".utf8))))
        let decoder = JSONDecoder()
        #expect(try SQLiteCorpusStore.decodeStrings(Array(" [\"\\u0041\"] ".utf8), column: "c", decoder) == ["A"])
        #expect(throws: CorpusStoreError.self) { try SQLiteCorpusStore.decodeStrings(Array("[".utf8), column: "c", decoder) }
        #expect(throws: CorpusStoreError.self) { try SQLiteCorpusStore.decodeIntMap(Array("{\"a\":\"b\"}".utf8), column: "c", decoder) }
    }

    @Test func answerPairsReadAsJSONDecoderDoesAndOtherShapesFail() throws {
        var rng = SystemRandomNumberGenerator()
        let encoder = SQLiteCorpusStore.jsonEncoder()
        let decoder = JSONDecoder()
        for _ in 0..<1_000 {
            let pairs = (0..<Int.random(in: 0...5, using: &rng)).map { _ in [Self.random(&rng), Self.random(&rng)] }
            let text = try SQLiteCorpusStore.json(pairs, encoder)
            let expected = pairs.map { CorpusAnswer(question: $0[0], code: $0[1]) }
            let read = SQLiteCorpusStore.ColumnJSON.pairs(Array(text.utf8))
            #expect(read == expected)
            // Same bytes, not just canonically equivalent strings.
            #expect(read.map { $0.flatMap { [Array($0.question.utf8), Array($0.code.utf8)] } } == expected.flatMap { [Array($0.question.utf8), Array($0.code.utf8)] })
            #expect(try SQLiteCorpusStore.decodePairs(Array(text.utf8), column: "c", decoder) == expected)
        }
        for cell in ["[[\"a\"]]", "[[\"a\",\"b\",\"c\"]]", "[[\"a\",1]]", "[\"a\"]", "[[\"a\",\"b\"],]", "[[\"a\",\"b\"]", "{}", ""] {
            #expect(SQLiteCorpusStore.ColumnJSON.pairs(Array(cell.utf8)) == nil, "\(cell)")
            // (Foundation's JSONDecoder accepts a trailing comma: that cell is its call, not ours.)
            if !cell.hasSuffix(",]") {
                #expect(throws: CorpusStoreError.self, "\(cell)") { try SQLiteCorpusStore.decodePairs(Array(cell.utf8), column: "c", decoder) }
            }
        }
        // Another spacing is still read (by JSONDecoder).
        #expect(try SQLiteCorpusStore.decodePairs(Array(" [ [\"q\" , \"1\"] ] ".utf8), column: "c", decoder) == [CorpusAnswer(question: "q", code: "1")])
    }
}
