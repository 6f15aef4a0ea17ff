import Foundation
import Testing
@testable import TestimonyCorpus
import TestimonyModel

/// The hand-written excerpt line encoder and parser against Foundation's JSONEncoder/JSONDecoder,
/// byte for byte and value for value.
@Suite struct ExcerptLineCodecTests {
    static func foundationLine(_ excerpt: ReleasedExcerpt) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(excerpt))
    }

    static func excerpt(
        text: String, id: String = "ex-1", question: String = "wh_narrative", metadata: [String: String] = ["ay_age_band": "18-34"],
        themes: [String] = ["what_happened"], quotable: Bool = true, version: Int = 1, release: String = "r0001"
    ) -> ReleasedExcerpt {
        ReleasedExcerpt(
            excerptID: id, template: "survivor-experience", templateVersion: version, question: question, language: "fi",
            themes: themes, quotable: quotable, metadata: metadata, text: text,
            provenance: .init(policyVersion: version, release: release))
    }

    /// Every tricky piece a string can hold: each control character, quotes, backslashes,
    /// slashes, DEL, C1 controls, line/paragraph separators, BOM, emoji (also ZWJ and flags),
    /// combining marks, CJK, RTL text.
    static let pieces: [String] = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + [
        "\"", "\\", "/", "\\/", "\u{7F}", "\u{80}", "\u{9F}", "\u{A0}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{FFFD}",
        "😀", "👩‍👩‍👧", "🇫🇮", "e\u{301}", "ä", "a\u{308}", "å", "日本語", "שלום", "مرحبا", " ", "  ", "",
        "[PERSON 1]", "</script>", "\\u0041", "{", "}", "[", "]", ":", ",", "true", "null", "0", "-1", "1e5", "\u{10FFFF}",
    ]

    static func randomString(_ rng: inout SystemRandomNumberGenerator, maxPieces: Int = 8) -> String {
        (0..<Int.random(in: 0...maxPieces, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
    }

    @Test func everyPieceAloneMatchesJSONEncoder() throws {
        var encoder = ExcerptLineEncoder()
        for piece in Self.pieces {
            for value in [piece, "a" + piece + "b", piece + piece] {
                let line = Self.excerpt(text: value, id: value, question: value, metadata: [value: value], themes: [value, value], release: value)
                #expect(encoder.encode(line) == (try Self.foundationLine(line)), "piece \(Array(value.unicodeScalars.map(\.value)))")
            }
        }
    }

    @Test func randomExcerptsMatchJSONEncoder() throws {
        var rng = SystemRandomNumberGenerator()
        var encoder = ExcerptLineEncoder()
        for n in 0..<2_000 {
            var metadata: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &rng) { metadata[Self.randomString(&rng, maxPieces: 3)] = Self.randomString(&rng) }
            let line = Self.excerpt(
                text: Self.randomString(&rng, maxPieces: 30), id: Self.randomString(&rng), question: Self.randomString(&rng),
                metadata: metadata, themes: (0..<Int.random(in: 0...3, using: &rng)).map { _ in Self.randomString(&rng) },
                quotable: n % 2 == 0, version: [0, 1, 7, -3, Int.max, Int.min][n % 6], release: Self.randomString(&rng))
            let mine = encoder.encode(line)
            let theirs = try Self.foundationLine(line)
            #expect(mine == theirs, "\(String(decoding: mine, as: UTF8.self)) vs \(String(decoding: theirs, as: UTF8.self))")
        }
    }

    /// Metadata keys whose sorted-keys order is not byte order (case, digits, punctuation).
    @Test func metadataKeyOrderIsFoundations() throws {
        var encoder = ExcerptLineEncoder()
        let keySets: [[String]] = [
            ["ay_age_band", "ay_gender", "ay_region"], ["q9", "q10", "q1", "q100"], ["B", "a", "C", "_x", "x_", "X"],
            ["ay_age", "ay-age", "ay.age", "ayage", "AY_AGE"], ["é", "e", "f", "E"], ["a1b", "a01b", "a10b", "a2b"],
            ["z", "y", "x", "w", "v", "u", "t", "s"],
        ]
        for keys in keySets {
            let metadata = Dictionary(uniqueKeysWithValues: keys.map { ($0, "v" + $0) })
            let line = Self.excerpt(text: "t", metadata: metadata)
            #expect(encoder.encode(line) == (try Self.foundationLine(line)), "keys \(keys)")
        }
    }

    /// Canonically equivalent keys are one Dictionary key; JSONEncoder picks the spelling.
    @Test func equivalentMetadataKeysMatchJSONEncoder() throws {
        var encoder = ExcerptLineEncoder()
        var metadata = ["a\u{308}": "x", "b": "y"]
        metadata["ä"] = "z"
        let line = Self.excerpt(text: "t", metadata: metadata)
        #expect(encoder.encode(line) == (try Self.foundationLine(line)))
    }

    /// The writer's path (straight from a corpus record and excerpt, with the quotable mark it
    /// decides) gives JSONEncoder's bytes for `ReleasedExcerpt(excerpt, of: record, release:)`.
    /// Consecutive records repeat key sets, change them at the same size, and change sizes, to
    /// exercise the remembered key order.
    @Test func writerPathMatchesJSONEncoder() throws {
        var rng = SystemRandomNumberGenerator()
        var encoder = ExcerptLineEncoder()
        let keySets: [[String]] = [["ay_age_band", "ay_gender"], ["ay_gender", "ay_region"], ["ay_region", "ay_gender", "ay_age_band"], ["q9", "q10"], ["q1"], [], ["B", "a", "_x"]]
        for n in 0..<1_000 {
            let keys = keySets[(n / 3) % keySets.count]
            var record = ReleaseFixtures.record(n, excerpts: 2)
            record.quasi = Dictionary(uniqueKeysWithValues: keys.map { ($0, Self.randomString(&rng, maxPieces: 2)) })
            record.language = Self.randomString(&rng, maxPieces: 2)
            for excerpt in record.excerpts {
                var changed = excerpt
                changed.text = Self.randomString(&rng, maxPieces: 20)
                changed.themes = (0..<Int.random(in: 0...3, using: &rng)).map { _ in Self.randomString(&rng, maxPieces: 2) }
                let quotable = Bool.random(using: &rng)
                var mine: [UInt8] = []
                encoder.append(changed, of: record, release: "r0002", quotable: quotable, to: &mine)
                var line = ReleasedExcerpt(changed, of: record, release: "r0002")
                line.quotable = quotable
                #expect(mine == (try Self.foundationLine(line)), "keys \(keys)")
            }
        }
    }

    /// Repeated field values are written from a cache of their escaped bytes; the next line's
    /// canonically equivalent spelling (`==` to the cached one, other bytes) keeps its own bytes.
    @Test func repeatedAndEquivalentFieldValuesKeepTheirOwnBytes() throws {
        let spellings = ["K", "\u{212A}", "K", "x", "x", "\u{212A}", "a\u{301}\u{323}", "a\u{323}\u{301}", "\"q\"", "\"q\""]
        var encoder = ExcerptLineEncoder()
        for n in 0..<(spellings.count * spellings.count) {
            let a = spellings[n % spellings.count]
            let b = spellings[(n / spellings.count) % spellings.count]
            var record = ReleaseFixtures.record(n, excerpts: 1)
            record.language = a
            record.template = b
            var excerpt = record.excerpts[0]
            excerpt.question = b
            excerpt.themes = n % 3 == 0 ? [a] : [a, b]
            // Metadata keys too: the last key set's escaped pieces are reused for the same bytes only.
            record.quasi = n % 4 == 3 ? [a: "1"] : [a: "1", "ay_region": b]
            var mine: [UInt8] = []
            encoder.append(excerpt, of: record, release: a, quotable: true, to: &mine)
            var line = ReleasedExcerpt(excerpt, of: record, release: a)
            line.quotable = true
            #expect(mine == (try Self.foundationLine(line)), "line \(n)")
        }
    }

    /// The lines the release writer writes for the release fixtures are byte-identical to the
    /// JSONEncoder lines.
    @Test func releaseFixtureLinesMatchJSONEncoder() throws {
        var encoder = ExcerptLineEncoder()
        for n in 0..<50 {
            let record = ReleaseFixtures.record(n, excerpts: 2)
            for excerpt in record.excerpts {
                let line = ReleasedExcerpt(excerpt, of: record, release: "r0001")
                #expect(encoder.encode(line) == (try Self.foundationLine(line)))
            }
        }
    }

    /// The parser reads back whatever the encoder writes, equal to what JSONDecoder reads.
    @Test func parserRoundTripsRandomExcerpts() throws {
        var rng = SystemRandomNumberGenerator()
        var encoder = ExcerptLineEncoder()
        for n in 0..<2_000 {
            var metadata: [String: String] = [:]
            for _ in 0..<Int.random(in: 0...4, using: &rng) { metadata[Self.randomString(&rng, maxPieces: 3)] = Self.randomString(&rng) }
            let line = Self.excerpt(
                text: Self.randomString(&rng, maxPieces: 30), id: Self.randomString(&rng), question: Self.randomString(&rng),
                metadata: metadata, themes: (0..<Int.random(in: 0...3, using: &rng)).map { _ in Self.randomString(&rng) },
                quotable: n % 2 == 0, version: [0, 1, 7, -3, Int.max, Int.min][n % 6], release: Self.randomString(&rng))
            let bytes = encoder.encode(line)
            let parsed = ExcerptLineParser.parse(bytes)
            #expect(parsed == line)
            #expect(parsed == (try JSONDecoder().decode(ReleasedExcerpt.self, from: Data(bytes))))
        }
    }

    /// Escapes the encoder never writes (`\/`, `\uXXXX` for any character, surrogate pairs) parse
    /// as JSONDecoder reads them; lines the parser does not recognise exactly give nil.
    @Test func parserMatchesJSONDecoderOrDeclines() throws {
        let base = String(decoding: try Self.foundationLine(Self.excerpt(text: "TEXT")), as: UTF8.self)
        let texts = [
            #"a\/b"#, #"\u0041\u00e4\u20AC"#, #"\ud83d\ude00"#, #"\ud83d"#, #"\ude00x"#, #"\x"#, "\u{1}", #"\u00"#, #"\"#,
            #"tab\there"#, #"\b\f\n\r\t\"\\"#, #"\u0000"#, "a\u{FFFF}",
        ]
        for text in texts {
            let line = Array(base.replacingOccurrences(of: "TEXT", with: text).utf8)
            let foundation = try? JSONDecoder().decode(ReleasedExcerpt.self, from: Data(line))
            if let parsed = ExcerptLineParser.parse(line) {
                #expect(parsed == foundation, "text \(text)")
            }
        }
        let version = #""template_version":1"#
        let odd = [
            base.replacingOccurrences(of: "{", with: "{ "), base + " ", String(base.dropLast()), "", "{}",
            base.replacingOccurrences(of: version, with: #""template_version":1.0"#),
            base.replacingOccurrences(of: version, with: #""template_version":01"#),
            base.replacingOccurrences(of: version, with: #""template_version":-0"#),
            base.replacingOccurrences(of: version, with: #""template_version":1e0"#),
            base.replacingOccurrences(of: version, with: #""template_version":99999999999999999999"#),
            base.replacingOccurrences(of: #""metadata":{"#, with: #""metadata":{"k":"1","k":"2","#),
            base.replacingOccurrences(of: #""quotable":true"#, with: #""quotable":1"#),
        ]
        for line in odd { #expect(ExcerptLineParser.parse(Array(line.utf8)) == nil, "\(line)") }
        #expect(ExcerptLineParser.parse(Array(base.replacingOccurrences(of: "TEXT", with: "\u{FF}").utf8).map { $0 == 0xC3 ? 0xFF : $0 }) == nil)
    }

    /// The byte path of the full-text search answers as folding the String does.
    @Test func asciiSearchMatchesTheFoldedStringSearch() {
        var rng = SystemRandomNumberGenerator()
        let alphabet = ["a", "B", "c", " ", "  ", "\t", "\n", "\r\n", "\u{0B}", "\u{1C}", "ab", "Ca", "-", "."]
        func random(_ n: Int) -> String { (0..<Int.random(in: 0...n, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }.joined() }
        for _ in 0..<3_000 {
            let text = random(12)
            let needles = (0..<Int.random(in: 1...2, using: &rng)).map { _ in SearchFolding.fold(random(3), diacritics: true) }.filter { !$0.isEmpty }
            guard !needles.isEmpty else { continue }
            let haystack = SearchFolding.fold(text, diacritics: true)
            let expected = needles.allSatisfy { haystack.contains($0) }
            #expect(SearchFolding.asciiContainsAll(text, needles: needles) == expected, "\(text.debugDescription) \(needles)")
        }
        #expect(SearchFolding.asciiContainsAll("café", needles: ["cafe"]) == nil)
        #expect(SearchFolding.asciiContainsAll("cafe", needles: ["café"]) == nil)
    }
}
