/// One equivalence class at the chosen level vector, as the risk report shows it.
public struct RiskClass: Sendable, Equatable {
    /// Generalised value per quasi-identifier question; a question the members did not answer at
    /// all (missing) is absent.
    public var values: [String: String]
    /// Members after the decision: published records plus the candidates published now.
    public var size: Int
    /// Of `size`, how many were already published.
    public var publishedCount: Int
    /// Candidate ids published now in this class.
    public var newIDs: [String]
    /// Candidate ids that fall in this class but are kept pending.
    public var heldIDs: [String]
    /// Distinct values per sensitive question among the `size` members.
    public var distinct: [String: Int]
    /// Whether the class has ≥ k members and is ℓ-diverse (or is empty: held candidates only).
    public var passes: Bool

    public init(
        values: [String: String], size: Int, publishedCount: Int, newIDs: [String], heldIDs: [String],
        distinct: [String: Int], passes: Bool
    ) {
        self.values = values
        self.size = size
        self.publishedCount = publishedCount
        self.newIDs = newIDs
        self.heldIDs = heldIDs
        self.distinct = distinct
        self.passes = passes
    }
}
