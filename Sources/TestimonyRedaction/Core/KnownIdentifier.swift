/// An identifying detail the interviewer listed for this testimony.
public struct KnownIdentifier: Sendable, Equatable, Codable {
    /// `person`, `place`, `org`, `contact` or `other`.
    public var kind: String
    public var value: String
    /// For people: `survivor`, `offender`, `family`, `other`.
    public var role: String?

    public init(kind: String, value: String, role: String? = nil) {
        self.kind = kind
        self.value = value
        self.role = role
    }
}
