/// What the vault remembers of a testimony's way into the corpus (an encrypted part: it links the
/// testimony to its random corpus ids, so a withdrawal can find them).
public struct PublicationState: Codable, Sendable, Equatable {
    public enum Phase: String, Codable, Sendable {
        /// Ids chosen and saved here before the corpus write: if the process dies in between, a
        /// withdrawal still finds them, and the next publish finishes or redoes it.
        case publishing
        case published
        /// Passed the gate, held back by disclosure control.
        case held
        /// Taken out of the corpus (consent withdrawn or lapsed).
        case withdrawn
    }

    public var phase: Phase
    /// Corpus response id, and excerpt ids by question.
    public var recordID: String?
    public var excerptIDs: [String: String]
    /// Why it is held back (class sizes, diversity), for `testimony show`.
    public var reasons: [String]
    /// Month of the last change (`YYYY-MM`).
    public var month: String

    public init(phase: Phase, recordID: String? = nil, excerptIDs: [String: String] = [:], reasons: [String] = [], month: String) {
        self.phase = phase
        self.recordID = recordID
        self.excerptIDs = excerptIDs
        self.reasons = reasons
        self.month = month
    }

    enum CodingKeys: String, CodingKey {
        case phase, reasons, month
        case recordID = "record_id"
        case excerptIDs = "excerpt_ids"
    }
}
