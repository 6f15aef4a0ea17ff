/// A decision on one consent scope, with when it was made and when it lapses.
public struct ConsentDecision: Codable, Sendable, Equatable {
    /// Whether the scope was granted.
    public var granted: Bool
    /// Day of the decision (`YYYY-MM-DD`).
    public var decidedDay: String
    /// Day the grant lapses (`YYYY-MM-DD`), if the scope has an expiry.
    public var expiresDay: String?

    public init(granted: Bool, decidedDay: String, expiresDay: String? = nil) {
        self.granted = granted
        self.decidedDay = decidedDay
        self.expiresDay = expiresDay
    }

    enum CodingKeys: String, CodingKey {
        case granted
        case decidedDay = "decided_day"
        case expiresDay = "expires_day"
    }
}
