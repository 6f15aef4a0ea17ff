/// What the disclosure check enforces for one template: every equivalence class over the
/// quasi-identifiers has at least `k` members (k-anonymity) and, for each sensitive question, at
/// least `l` distinct values (distinct ℓ-diversity).
public struct DisclosurePolicy: Codable, Sendable, Equatable {
    /// Minimum class size.
    public var k: Int
    /// Minimum distinct values of each sensitive question in a class.
    public var l: Int
    /// The quasi-identifiers with their ladders, in declaration order (which breaks ties between
    /// level vectors of equal height: fewer levels on earlier attributes first).
    public var quasi: [QuasiAttribute]
    /// Sensitive question ids (coded answers in `CorpusRecord.answers`).
    public var sensitive: [String]

    public init(k: Int = 5, l: Int = 2, quasi: [QuasiAttribute], sensitive: [String] = []) {
        self.k = k
        self.l = l
        self.quasi = quasi
        self.sensitive = sensitive
    }
}
