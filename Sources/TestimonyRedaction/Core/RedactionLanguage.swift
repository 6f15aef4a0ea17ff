/// Languages the redaction pipeline understands.
public enum RedactionLanguage: String, Sendable, CaseIterable, Codable {
    case fi, sv, en
}
