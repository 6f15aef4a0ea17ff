/// How the responses answered one question, after small-cell suppression.
public struct StatsDistribution: Sendable, Equatable, Codable {
    public var question: String
    public var label: String
    /// Codebook codes in codebook order, then codes only found in the data (sorted).
    public var categories: [StatsCategory]
    /// Distinct responses with each code (a multi-choice answer counts once for each code).
    public var counts: [StatsValue]
    /// Distinct responses that answered the question at all.
    public var total: StatsValue

    public init(question: String, label: String, categories: [StatsCategory], counts: [StatsValue], total: StatsValue) {
        self.question = question
        self.label = label
        self.categories = categories
        self.counts = counts
        self.total = total
    }

    /// Percentage of `total` for category `index`, only when both are shown.
    public func percent(_ index: Int) -> Double? {
        guard let count = counts[index].shownCount, let total = total.shownCount, total > 0 else { return nil }
        return Double(count) * 100 / Double(total)
    }
}
