/// Text in several languages (`en`, `fi`, `sv`).
public struct LocalizedText: Sendable, Equatable, Hashable {
    /// Text by language code.
    public var values: [String: String]

    public init(_ values: [String: String]) {
        self.values = values
    }

    /// The text in `language`, else English, else any language.
    public func text(_ language: String) -> String {
        values[language] ?? values["en"] ?? values.sorted(by: { $0.key < $1.key }).first?.value ?? ""
    }
}
