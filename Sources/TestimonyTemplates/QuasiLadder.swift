/// One quasi-identifier question and its generalisation ladder: each level maps the codes of the level
/// below to coarser ones (`"*"` = every code not listed). A level written as `year` or `decade` in the
/// template generalises `YYYY-MM` answers (month_year questions) to `YYYY`, and years to `1990s`.
public struct QuasiLadder: Sendable, Equatable {
    /// A ladder level.
    public enum Level: Sendable, Equatable {
        case map([String: String])
        case year
        case decade
    }

    public var question: String
    public var levels: [Level]

    public init(question: String, levels: [Level]) {
        self.question = question
        self.levels = levels
    }
}
