/// One code of a question as the statistics show it: the released code and its codebook label.
public struct StatsCategory: Sendable, Equatable, Hashable, Codable {
    public var code: String
    public var label: String

    public init(code: String, label: String) {
        self.code = code
        self.label = label
    }
}
