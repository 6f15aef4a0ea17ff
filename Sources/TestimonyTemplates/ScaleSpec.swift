/// The range of a `scale` question.
public struct ScaleSpec: Sendable, Equatable {
    public var min: Int
    public var max: Int
    public var minLabel: LocalizedText?
    public var maxLabel: LocalizedText?
}
