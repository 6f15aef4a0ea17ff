/// Something identifying that was mentioned: listed by the interviewer, never published, and later
/// used to drive redaction.
public struct Identifier: Codable, Sendable, Equatable, Hashable {
    /// What it is.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case person, place, org, contact, other
    }

    /// A person's role in the testimony.
    public enum Role: String, Codable, Sendable, CaseIterable {
        case survivor, offender, family, other
    }

    public var kind: Kind
    public var value: String
    public var role: Role?

    public init(kind: Kind, value: String, role: Role? = nil) {
        self.kind = kind
        self.value = value
        self.role = role
    }
}
