/// A consent scope a person can grant or refuse, with an optional expiry.
public struct ConsentScope: Sendable, Equatable {
    /// Scopes every template must offer.
    public static let required = [
        "research_corpus", "damages_evidence", "quotes_in_reports", "follow_up_contact", "survivor_reviews_excerpts",
    ]

    public var id: String
    public var label: LocalizedText
    /// Months until a grant lapses; nil = no expiry.
    public var expiresAfterMonths: Int?
}
