/// What `CorpusStats` computes: distributions, or cross-tabs when `by` was given. Holds only
/// publishable figures (suppressed cells carry no count).
public struct StatsResult: Sendable, Equatable, Codable {
    public var release: String
    /// The label language (`en`, `fi` or `sv`).
    public var language: String
    /// Distinct responses in `responses.csv` (suppressed below 5).
    public var responses: StatsValue
    public var distributions: [StatsDistribution]
    public var crossTabs: [StatsCrossTab]

    public init(release: String, language: String, responses: StatsValue, distributions: [StatsDistribution], crossTabs: [StatsCrossTab]) {
        self.release = release
        self.language = language
        self.responses = responses
        self.distributions = distributions
        self.crossTabs = crossTabs
    }
}
