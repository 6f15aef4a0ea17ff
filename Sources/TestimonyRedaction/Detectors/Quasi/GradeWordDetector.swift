/// School grades written as words: Swedish chat "gick i trean", "går i sjuan", "i åttan", and English
/// "fifth grade". Quasi-identifiers like the numbered forms the school-class detector finds.
public struct GradeWordDetector: Detector {
    public let name = "school-class-word"

    public init() {}

    static let swedish: [String: Int] = [
        "ettan": 1, "tvåan": 2, "trean": 3, "fyran": 4, "femman": 5, "sexan": 6, "sjuan": 7, "åttan": 8, "nian": 9,
    ]
    static let english: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12,
    ]

    /// `Gazetteer.head` of "i" (a token has no zero bytes, so only "i" itself has it) and of "grade" ("grad"),
    /// written out so they need no lazy initialisation per access (DetectorConstantsTests checks them).
    static let iHead: UInt32 = 0x69
    static let gradHead: UInt32 = 0x6461_7267
    /// The last byte of every Swedish grade word ("n"), as the low byte of `Token.tail`.
    static let nByte = UInt32(UInt8(ascii: "n"))

    public func detect(in text: AnalyzedText) -> [Detection] {
        var result: [Detection] = []
        let tokens = text.tokens
        for i in tokens.indices where tokens[i].kind == .word {
            // the neighbour first, by its first four bytes (`Token.head`: "i" exactly, a word starting "grad"),
            // before any String compare or lookup; the token's `lower` is read only then (reading it retains
            // and releases it), and a Swedish grade word is looked up only when it ends in "n" as they all do
            // (English "I" stands before many words)
            if i > 0, tokens[i - 1].head == Self.iHead, tokens[i].start - tokens[i - 1].end == 1, tokens[i].tail & 0xFF == Self.nByte,
                let grade = Self.swedish[tokens[i].lower]
            {
                result.append(detection(tokens[i].start, tokens[i].end, grade))
            } else if i + 1 < tokens.count, tokens[i + 1].head == Self.gradHead, tokens[i + 1].lower == "grade", tokens[i + 1].start - tokens[i].end == 1,
                let grade = Self.english[tokens[i].lower]
            {
                result.append(detection(tokens[i].start, tokens[i + 1].end, grade))
            }
        }
        return result
    }

    func detection(_ start: Int, _ end: Int, _ grade: Int) -> Detection {
        Detection(start: start, end: end, type: .schoolClass, detector: name, confidence: 0.7, entity: "SCHOOL_CLASS:\(grade)", generalized: SchoolClassDetector.generalizedValue)
    }
}
