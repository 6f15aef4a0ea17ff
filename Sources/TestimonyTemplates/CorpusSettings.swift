/// A template's `corpus:` block: how its answers may enter the shared corpus (docs/templates.md).
public struct CorpusSettings: Sendable, Equatable {
    /// Minimum size of every equivalence class over the quasi-identifiers (k-anonymity).
    public var k: Int
    /// Minimum number of distinct values of each sensitive question in every class (ℓ-diversity).
    public var l: Int
    /// Reviewer approvals each excerpt needs before it may be published.
    public var minApprovals: Int
    /// Quasi-identifier questions with their generalisation ladders, in declaration order. Publishable
    /// quasi questions not listed here are never published.
    public var quasiIdentifiers: [QuasiLadder]
    /// Coded questions over which classes must be ℓ-diverse.
    public var sensitive: [String]

    public static let defaultK = 5
    public static let defaultL = 2

    public init(k: Int = defaultK, l: Int = defaultL, minApprovals: Int = 1, quasiIdentifiers: [QuasiLadder] = [], sensitive: [String] = []) {
        self.k = k
        self.l = l
        self.minApprovals = minApprovals
        self.quasiIdentifiers = quasiIdentifiers
        self.sensitive = sensitive
    }
}
