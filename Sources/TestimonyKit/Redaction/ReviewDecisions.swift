/// Scripted review (`testimony review ID --decisions FILE`), YAML or JSON:
///
///     reviewer: "R. Reviewer"
///     excerpts:
///       - question: wh_narrative
///         redact: ["person: Kuusela", "Hakametsä"]   # missed terms; become known identifiers
///         unredact: ["Rose"]                          # false positives, by their original text
///         trim: {from: "first words kept", to: "last words kept"}
///         decision: approve                           # approve | reject | draft
///         quotable: true                              # may be quoted in reports (needs quotes_in_reports)
///         survivor: approved                          # the survivor's own decision, when they asked to
///                                                     #   review excerpts: approved | refused
public struct ReviewDecisions: Decodable, Sendable {
    public struct Trim: Decodable, Sendable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    public struct Excerpt: Decodable, Sendable {
        public var question: String
        public var redact: [String]?
        public var unredact: [String]?
        public var trim: Trim?
        public var decision: String?
        public var quotable: Bool?
        public var survivor: String?

        public init(
            question: String, redact: [String]? = nil, unredact: [String]? = nil, trim: Trim? = nil, decision: String? = nil,
            quotable: Bool? = nil, survivor: String? = nil
        ) {
            self.question = question
            self.redact = redact
            self.unredact = unredact
            self.trim = trim
            self.decision = decision
            self.quotable = quotable
            self.survivor = survivor
        }
    }

    public var reviewer: String
    public var excerpts: [Excerpt]

    public init(reviewer: String, excerpts: [Excerpt]) {
        self.reviewer = reviewer
        self.excerpts = excerpts
    }
}
