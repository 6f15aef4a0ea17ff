/// Plaintext of the `progress` part: the index of the next interview step.
struct ProgressPart: Codable {
    var position: Int
}
