/// A quasi-identifier question and its generalisation ladder.
///
/// `ladder[i - 1]` is level `i`: it maps a level-`(i - 1)` code to a coarser code. The key `"*"` is
/// the default for codes the level does not list; a code neither listed nor covered by `"*"` stays
/// as it is. A level may map everything to `"*"`, meaning suppressed; a suppressed value stays
/// suppressed at every higher level. Level 0 is the code as answered.
public struct QuasiAttribute: Codable, Sendable, Equatable {
    /// The suppressed value (and the ladder's default key).
    public static let suppressed = "*"

    /// The question id (`ay_age_band`).
    public var question: String
    /// Levels 1…n, each mapping the previous level's codes to coarser ones.
    public var ladder: [[String: String]]

    public init(question: String, ladder: [[String: String]]) {
        self.question = question
        self.ladder = ladder
    }

    /// The highest level (0 if the attribute has no ladder).
    public var maxLevel: Int { ladder.count }

    /// `code`, which is at level `from`, generalised up to level `to` (clamped to the ladder).
    public func generalise(_ code: String, from: Int = 0, to: Int) -> String {
        var value = code
        var level = max(from, 0)
        while level < min(to, ladder.count), value != Self.suppressed {
            let step = ladder[level]
            value = step[value] ?? step[Self.suppressed] ?? value
            level += 1
        }
        return value
    }
}
