import Foundation
import Testing
import TestimonyRedaction
import TestimonyTestSupport

/// The held-out synthetic set (Tests/Fixtures/redaction/heldout.*): nine texts written before the recall
/// work of issue #3 and never tuned on, to show whether the rules generalise beyond the development set.
/// Floors are the measured values (ratchets, like the development set's).
@Suite("Held-out set")
struct HeldOutTests {
    static func gold() throws -> [GoldLine] {
        let text = try String(contentsOf: DevSetTests.directory.appendingPathComponent("heldout.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(GoldLine.self, from: Data($0.utf8)) }
    }

    static func traps() throws -> [DevSetTests.Trap] {
        let text = try String(contentsOf: DevSetTests.directory.appendingPathComponent("heldout.traps.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map { try JSONDecoder().decode(DevSetTests.Trap.self, from: Data($0.utf8)) }
    }

    @Test("the set has chat-style texts in fi, sv and en")
    func size() throws {
        let lines = try Self.gold()
        #expect(lines.count >= 8)
        for lang in RedactionLanguage.allCases { #expect(lines.filter { $0.lang == lang }.count >= 3) }
    }

    @Test("recall and precision stay above their floors")
    func recallFloor() throws {
        var evaluator = Evaluator()
        for line in try Self.gold() { evaluator.add(line, DevSetTests.redact(line)) }
        let direct = try #require(evaluator.report.byClass["direct"])
        #expect(direct.recall >= 0.87, "direct recall \(direct.recall)")
        #expect(direct.entityRecall >= 0.86, "direct entity recall \(direct.entityRecall)")
        #expect(direct.precision >= 0.98, "direct precision \(direct.precision)")
        let quasi = try #require(evaluator.report.byClass["quasi"])
        #expect(quasi.recall >= 0.93, "quasi recall \(quasi.recall)")
    }

    @Test("traps survive")
    func traps() throws {
        let results = Dictionary(uniqueKeysWithValues: try Self.gold().map { ($0.id, DevSetTests.redact($0)) })
        let hit = try Self.traps().filter { trap in
            results[trap.id]?.spans.contains { $0.start < trap.end && trap.start < $0.end } ?? false
        }
        #expect(hit.count <= 0, "\(hit.map { "\($0.id): \($0.text)" })")
    }
}
