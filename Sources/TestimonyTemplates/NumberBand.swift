/// One band of a `number_band` question (inclusive bounds; `max` nil = open-ended).
public struct NumberBand: Sendable, Equatable {
    /// Code stored in answers (e.g. `4-6`).
    public var code: String
    /// Lowest number in the band.
    public var min: Int
    /// Highest number in the band, or nil for open-ended.
    public var max: Int?
    /// Optional label.
    public var label: LocalizedText?

    /// Whether `value` falls in this band.
    public func contains(_ value: Int) -> Bool {
        value >= min && (max.map { value <= $0 } ?? true)
    }
}
