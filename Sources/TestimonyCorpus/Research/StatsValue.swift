/// One published figure of a statistics table.
public enum StatsValue: Sendable, Equatable, Hashable, Codable, CustomStringConvertible {
    /// A count that may be shown (0 or at least 5).
    case count(Int)
    /// A count from 1 to 4 (primary suppression), shown as `<5`.
    case small
    /// A count of 5 or more hidden so that a small cell cannot be recovered by subtraction
    /// (complementary suppression), shown as `x`.
    case complementary
    /// The whole table is withheld because no choice of hidden cells protects its small counts;
    /// shown as `–` and may be any count, 0 included.
    case withheld

    /// The count, when it may be shown.
    public var shownCount: Int? {
        if case .count(let value) = self { return value }
        return nil
    }

    public var isSuppressed: Bool { shownCount == nil }

    /// `12`, `<5`, `x` or `–`.
    public var description: String {
        switch self {
        case .count(let value): String(value)
        case .small: "<5"
        case .complementary: "x"
        case .withheld: "–"
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .count(value)
        } else {
            let text = try container.decode(String.self)
            switch text {
            case "<5": self = .small
            case "x": self = .complementary
            case "–": self = .withheld
            default: throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a count, <5 or x")
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .count(let value): try container.encode(value)
        default: try container.encode(description)
        }
    }
}
