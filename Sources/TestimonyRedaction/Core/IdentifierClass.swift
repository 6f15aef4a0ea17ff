/// Direct identifiers name someone; quasi-identifiers identify in combination and are generalised.
public enum IdentifierClass: String, Sendable, Codable, CaseIterable {
    case direct, quasi
}
