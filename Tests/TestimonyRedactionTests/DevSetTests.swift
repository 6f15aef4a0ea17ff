import Foundation
import Testing
import TestimonyRedaction
import TestimonyTestSupport

/// The labelled synthetic development set (Tests/Fixtures/redaction): recall floors, known identifiers,
/// traps, consistency and idempotence. Floors are ratchets: raise them when the pipeline improves.
@Suite("Development set")
struct DevSetTests {
    struct Trap: Decodable {
        var id: String
        var start: Int
        var end: Int
        var text: String
    }

    static let directory = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/redaction")

    static func gold() throws -> [GoldLine] {
        let text = try String(contentsOf: directory.appendingPathComponent("dev.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(GoldLine.self, from: Data($0.utf8)) }
    }

    static func traps() throws -> [Trap] {
        let text = try String(contentsOf: directory.appendingPathComponent("dev.traps.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(Trap.self, from: Data($0.utf8)) }
    }

    static func redact(_ line: GoldLine) -> RedactionResult {
        Redactor(language: line.lang, known: line.known ?? []).redact(line.text)
    }

    static func covered(_ result: RedactionResult, _ start: Int, _ end: Int) -> Bool {
        (start..<end).allSatisfy { i in result.spans.contains { $0.start <= i && i < $0.end } }
    }

    @Test("the set is big enough: at least 40 texts across fi, sv and en")
    func size() throws {
        let lines = try Self.gold()
        #expect(lines.count >= 40)
        for lang in RedactionLanguage.allCases { #expect(lines.filter { $0.lang == lang }.count >= 13) }
    }

    @Test("direct-identifier recall and precision stay above their floors")
    func recallFloor() throws {
        var evaluator = Evaluator()
        for line in try Self.gold() { evaluator.add(line, Self.redact(line)) }
        let direct = try #require(evaluator.report.byClass["direct"])
        #expect(direct.recall >= 1.0, "direct recall \(direct.recall)")
        #expect(direct.entityRecall >= 1.0, "direct entity recall \(direct.entityRecall)")
        #expect(direct.precision >= 0.98, "direct precision \(direct.precision)")
        let quasi = try #require(evaluator.report.byClass["quasi"])
        #expect(quasi.recall >= 0.85, "quasi recall \(quasi.recall)")
    }

    @Test("every mention of a known identifier is redacted, in every inflected form")
    func knownIdentifiers() throws {
        var missed: [String] = []
        for line in try Self.gold() {
            guard let known = line.known, !known.isEmpty else { continue }
            let result = Self.redact(line)
            let scalars = Array(line.text.unicodeScalars)
            func text(_ m: GoldLine.Mention) -> String { String(String.UnicodeScalarView(scalars[m.start..<m.end])).lowercased() }
            for identifier in known {
                // Inflected forms share a stem with a word of the known value; nicknames ("Bosse" for Bo) do not.
                let stems = identifier.value.lowercased().split(separator: " ").filter { $0.count >= 3 }.map { String($0.prefix(max(3, $0.count - 2))) }
                let entities = Set(line.mentions.filter { text($0) == identifier.value.lowercased() }.map(\.entity))
                for mention in line.mentions where entities.contains(mention.entity) && !Self.covered(result, mention.start, mention.end)
                    && text(mention).split(separator: " ").contains(where: { word in stems.contains { word.hasPrefix($0) } })
                {
                    missed.append("\(line.id): \(text(mention))")
                }
            }
        }
        #expect(missed.isEmpty, "\(missed)")
    }

    @Test("traps survive: common words that are names, platforms, countries, roles, sentence starts")
    func traps() throws {
        let results = Dictionary(uniqueKeysWithValues: try Self.gold().map { ($0.id, Self.redact($0)) })
        let hit = try Self.traps().filter { trap in
            results[trap.id]?.spans.contains { $0.start < trap.end && trap.start < $0.end } ?? false
        }
        #expect(hit.count <= 1, "\(hit.map { "\($0.id): \($0.text)" })")
    }

    @Test("one person keeps one placeholder everywhere in a text")
    func consistency() throws {
        var split: [String] = []
        for line in try Self.gold() {
            let result = Self.redact(line)
            for entity in Set(line.mentions.filter { $0.type == .person }.map(\.entity)) {
                let cores = Set(line.mentions.filter { $0.entity == entity }.compactMap { m in
                    result.spans.first { $0.start <= m.start && m.end <= $0.end }.map { $0.replacement.components(separatedBy: "]")[0] }
                })
                if cores.count > 1 { split.append("\(line.id) \(entity): \(cores.sorted())") }
            }
        }
        #expect(split.count <= 4, "\(split)")
    }

    @Test("redacting the redacted text changes nothing")
    func idempotent() throws {
        for line in try Self.gold() {
            let once = Self.redact(line)
            let twice = Redactor(language: line.lang, known: line.known ?? []).redact(once.redacted)
            #expect(twice.redacted == once.redacted, "\(line.id)")
        }
    }
}
