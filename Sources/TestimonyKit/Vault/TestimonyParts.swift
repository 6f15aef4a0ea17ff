import TestimonyModel

/// The encrypted parts of a testimony; each is its own blob with its own record version.
enum TestimonyPartName: String, CaseIterable {
    case answers, identifiers, consent, progress
}

/// Plaintext of the `answers` part.
struct AnswersPart: Codable {
    var language: String
    var answers: [String: Answer]
}

/// Plaintext of the `progress` part.
struct ProgressPart: Codable {
    var position: Int
}
