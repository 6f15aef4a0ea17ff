/// File formats of the interchange document.
public enum InterchangeFormat: String, Sendable, CaseIterable {
    case json, yaml
}
