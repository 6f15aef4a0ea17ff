import Foundation

/// Recall and precision of the pipeline against a gold set, per span type and per identifier class.
public struct EvaluationReport: Sendable, Codable {
    /// Counts for one row of the report.
    public struct Counts: Sendable, Codable {
        public var mentions = 0
        public var covered = 0
        public var entities = 0
        public var entitiesCovered = 0
        public var predicted = 0
        public var predictedCorrect = 0

        public var recall: Double { mentions == 0 ? 1 : Double(covered) / Double(mentions) }
        public var entityRecall: Double { entities == 0 ? 1 : Double(entitiesCovered) / Double(entities) }
        public var precision: Double { predicted == 0 ? 1 : Double(predictedCorrect) / Double(predicted) }
    }

    public var lines = 0
    public var byType: [String: Counts] = [:]
    public var byClass: [String: Counts] = [:]
    public var total = Counts()
    /// Predicted spans that overlap no gold mention (false positives), as `type: text` samples.
    public var falsePositives: [String] = []
    /// Gold mentions not covered, as `id type: text` samples (only with `includeMisses`).
    public var misses: [String] = []

    /// A plain-text table.
    public func table() -> String {
        func pct(_ x: Double) -> String { String(Int((x * 1000).rounded()) / 10) + "%" }
        func row(_ name: String, _ c: Counts) -> String {
            [name.padding(toLength: 14, withPad: " ", startingAt: 0),
             "\(c.covered)/\(c.mentions)".padding(toLength: 10, withPad: " ", startingAt: 0),
             pct(c.recall).padding(toLength: 8, withPad: " ", startingAt: 0),
             "\(c.entitiesCovered)/\(c.entities)".padding(toLength: 10, withPad: " ", startingAt: 0),
             pct(c.entityRecall).padding(toLength: 8, withPad: " ", startingAt: 0),
             "\(c.predictedCorrect)/\(c.predicted)".padding(toLength: 10, withPad: " ", startingAt: 0),
             pct(c.precision)].joined(separator: " ")
        }
        var out = ["lines: \(lines)", "", "row            mentions   recall   entities   e.recall predicted  precision"]
        for key in byClass.keys.sorted() { out.append(row("class " + key, byClass[key]!)) }
        out.append(row("all", total))
        out.append("")
        for key in byType.keys.sorted() { out.append(row(key, byType[key]!)) }
        return out.joined(separator: "\n") + "\n"
    }
}
