/// How dangerous an answer is for re-identification.
public enum IdentifyingLevel: String, Sendable, CaseIterable {
    /// Names a person, place, institution or contact: never published.
    case direct
    /// Could identify in combination with other answers (age band, region, dates).
    case quasi
    /// Not identifying on its own.
    case none
}
