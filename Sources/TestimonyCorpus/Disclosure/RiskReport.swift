/// Every equivalence class of a template at the chosen level vector, for `publish --dry-run` and
/// the decision log. It carries candidate ids but never the ids of published records.
public struct RiskReport: Sendable, Equatable {
    public var template: String
    public var k: Int
    public var l: Int
    /// Quasi-identifier questions in policy order.
    public var quasi: [String]
    /// Sensitive questions in policy order.
    public var sensitive: [String]
    /// The corpus level vector before the decision.
    public var previousLevels: [String: Int]
    /// The chosen level vector.
    public var levels: [String: Int]
    /// The classes, sorted by their values in attribute order.
    public var classes: [RiskClass]
    /// Candidate id → reason it is kept pending.
    public var reasons: [String: String]

    public init(
        template: String, k: Int, l: Int, quasi: [String], sensitive: [String], previousLevels: [String: Int],
        levels: [String: Int], classes: [RiskClass], reasons: [String: String]
    ) {
        self.template = template
        self.k = k
        self.l = l
        self.quasi = quasi
        self.sensitive = sensitive
        self.previousLevels = previousLevels
        self.levels = levels
        self.classes = classes
        self.reasons = reasons
    }
}
