/// Running counts over `responses.csv`, one response at a time (memory grows with the number of
/// questions and codes, never with the number of responses).
struct StatsTally {
    /// question → code → distinct responses.
    var codes: [String: [String: Int]] = [:]
    /// question → distinct responses that answered it.
    var answered: [String: Int] = [:]
    /// question → (its code, by's code) → distinct responses.
    var pairs: [String: [Pair: Int]] = [:]
    var rowTotals: [String: [String: Int]] = [:]
    var columnTotals: [String: [String: Int]] = [:]
    var both: [String: Int] = [:]
    var responses = 0
    let by: String?

    struct Pair: Hashable {
        var row: String
        var column: String
    }

    init(by: String?) {
        self.by = by
    }

    mutating func add(_ rows: [ResponseRow]) {
        responses += 1
        var answers: [String: Set<String>] = [:]
        for row in rows { answers[row.question, default: []].insert(row.code) }
        for (question, set) in answers {
            answered[question, default: 0] += 1
            for code in set { codes[question, default: [:]][code, default: 0] += 1 }
        }
        guard let by, let columns = answers[by] else { return }
        for (question, set) in answers where question != by {
            both[question, default: 0] += 1
            for code in set { rowTotals[question, default: [:]][code, default: 0] += 1 }
            for column in columns { columnTotals[question, default: [:]][column, default: 0] += 1 }
            for code in set {
                for column in columns { pairs[question, default: [:]][Pair(row: code, column: column), default: 0] += 1 }
            }
        }
    }
}
