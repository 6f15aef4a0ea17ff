/// Question lookup and labels in a chosen language (then English, then the code itself).
struct CodebookIndex {
    let questions: [Codebook.Question]
    private let byID: [String: Codebook.Question]
    let language: String

    init(_ codebook: Codebook, language: String) {
        var ordered: [Codebook.Question] = []
        var byID: [String: Codebook.Question] = [:]
        for question in codebook.templates.flatMap(\.questions) where byID[question.id] == nil {
            byID[question.id] = question
            ordered.append(question)
        }
        questions = ordered
        self.byID = byID
        self.language = language
    }

    func question(_ id: String) -> Codebook.Question? { byID[id] }

    func text(_ label: Codebook.Label, fallback: String) -> String {
        let chosen: String? = switch language {
        case "fi": label.fi
        case "sv": label.sv
        default: label.en
        }
        for candidate in [chosen, label.en] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return fallback
    }

    func questionLabel(_ id: String) -> String {
        byID[id].map { text($0.label, fallback: id) } ?? id
    }

    /// Codebook codes first (in codebook order), then the other observed codes sorted.
    func categories(_ id: String, observed: some Sequence<String>) -> [StatsCategory] {
        let listed = byID[id]?.codes ?? []
        let known = Set(listed.map(\.code))
        let extra = Set(observed).subtracting(known).sorted()
        return listed.map { StatsCategory(code: $0.code, label: text($0.label, fallback: $0.code)) }
            + extra.map { StatsCategory(code: $0, label: $0) }
    }
}
