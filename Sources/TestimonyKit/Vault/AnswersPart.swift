import TestimonyModel

/// Plaintext of the `answers` part.
struct AnswersPart: Codable {
    var language: String
    var answers: [String: Answer]
}
