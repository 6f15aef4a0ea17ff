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
            #expect(SQLiteCorpusStore.ColumnJSON.stringArray(arrayText) == array)
            #expect(SQLiteCorpusStore.ColumnJSON.stringMap(stringsText) == strings)
            #expect(SQLiteCorpusStore.ColumnJSON.intMap(intsText) == ints)
        }
    }

    @Test func declinesAnythingElseAndMalformedCellsStillFail() throws {
        for cell in [" []", "[] ", "[\"a\" ]", "[1]", "{\"a\":\"b\",\"a\":\"c\"}", "{\"a\":1.0}", "{\"a\":01}", "{\"a\":-0}",
            "{\"a\":1e2}", "{\"a\":99999999999999999999}", "[\"\\ud800\"]", "[\"\\x\"]", "[", "{", "", "null", "[\"a\",]"]
        {
            #expect(SQLiteCorpusStore.ColumnJSON.stringArray(cell) == nil, "\(cell)")
            #expect(SQLiteCorpusStore.ColumnJSON.stringMap(cell) == nil, "\(cell)")
            #expect(SQLiteCorpusStore.ColumnJSON.intMap(cell) == nil, "\(cell)")
        }
        // A \u escape the fast path reads gives JSONDecoder's value.
        #expect(SQLiteCorpusStore.ColumnJSON.stringArray("[\"\\u0041\\u00e4\"]") == (try JSONDecoder().decode([String].self, from: Data("[\"\\u0041\\u00e4\"]".utf8))))
        let decoder = JSONDecoder()
        #expect(try SQLiteCorpusStore.decodeStrings(" [\"\\u0041\"] ", column: "c", decoder) == ["A"])
        #expect(throws: CorpusStoreError.self) { try SQLiteCorpusStore.decodeStrings("[", column: "c", decoder) }
        #expect(throws: CorpusStoreError.self) { try SQLiteCorpusStore.decodeIntMap("{\"a\":\"b\"}", column: "c", decoder) }
    }
}
