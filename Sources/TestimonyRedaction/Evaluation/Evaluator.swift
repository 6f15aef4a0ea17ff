/// Scores redaction output against gold mentions. A mention counts as covered when predicted spans
/// cover every one of its scalars; an entity counts only if all its mentions are covered; a predicted
/// span is correct when it overlaps some gold mention.
public struct Evaluator {
    public var report = EvaluationReport()
    let includeMisses: Bool

    public init(includeMisses: Bool = false) {
        self.includeMisses = includeMisses
    }

    public mutating func add(_ gold: GoldLine, _ result: RedactionResult) {
        report.lines += 1
        let scalars = Array(gold.text.unicodeScalars)
        var coveredScalar = [Bool](repeating: false, count: scalars.count + 1)
        for span in result.spans { for i in span.start..<min(span.end, scalars.count) { coveredScalar[i] = true } }
        var entityOK: [String: (ok: Bool, type: SpanType, cls: IdentifierClass)] = [:]
        for m in gold.mentions {
            let covered = (m.start..<m.end).allSatisfy { $0 < coveredScalar.count && coveredScalar[$0] }
            bump(m.type.rawValue, m.identifierClass.rawValue) { $0.mentions += 1; if covered { $0.covered += 1 } }
            let key = m.entity
            let previous = entityOK[key]
            entityOK[key] = ((previous?.ok ?? true) && covered, m.type, m.identifierClass)
            if !covered && includeMisses {
                report.misses.append("\(gold.id) \(m.type.rawValue): \(String(String.UnicodeScalarView(scalars[m.start..<m.end])))")
            }
        }
        for (_, e) in entityOK {
            bump(e.type.rawValue, e.cls.rawValue) { $0.entities += 1; if e.ok { $0.entitiesCovered += 1 } }
        }
        for span in result.spans {
            let correct = gold.mentions.contains { $0.start < span.end && span.start < $0.end }
            bump(span.type.rawValue, span.identifierClass.rawValue) { $0.predicted += 1; if correct { $0.predictedCorrect += 1 } }
            if !correct && report.falsePositives.count < 500 {
                let end = min(span.end, scalars.count)
                report.falsePositives.append("\(gold.id) \(span.type.rawValue) (\(span.detector)): \(String(String.UnicodeScalarView(scalars[min(span.start, end)..<end])))")
            }
        }
    }

    private mutating func bump(_ type: String, _ cls: String, _ change: (inout EvaluationReport.Counts) -> Void) {
        change(&report.total)
        change(&report.byType[type, default: .init()])
        change(&report.byClass[cls, default: .init()])
    }
}
