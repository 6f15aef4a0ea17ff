import Yams

/// Parses and checks a template's `corpus:` block against its questions.
enum CorpusSettingsBuilder {
    static let keys: Set<String> = ["k", "l", "min_approvals", "quasi_identifiers", "sensitive"]

    static func build(_ node: Node?, questions: [Question], reader r: inout NodeReader) -> CorpusSettings {
        var settings = CorpusSettings()
        guard let node, let m = r.mapping(node, "corpus") else { return settings }
        r.checkKeys(m, allowed: keys, in: "corpus")
        if let k = r.int(m["k"], "corpus.k") {
            if k < 2 { r.fail(m["k"], "corpus.k must be 2 or more (k = 1 would publish unique records)") }
            settings.k = k
        }
        if let l = r.int(m["l"], "corpus.l") {
            if l < 1 { r.fail(m["l"], "corpus.l must be 1 or more") }
            settings.l = l
        }
        if let n = r.int(m["min_approvals"], "corpus.min_approvals") {
            if n < 1 { r.fail(m["min_approvals"], "corpus.min_approvals must be 1 or more") }
            settings.minApprovals = n
        }
        let byID = Dictionary(questions.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for item in r.sequence(m["quasi_identifiers"], "corpus.quasi_identifiers") ?? [] {
            guard let ladder = parseLadder(item, byID: byID, reader: &r) else { continue }
            if settings.quasiIdentifiers.contains(where: { $0.question == ladder.question }) {
                r.fail(item, "corpus.quasi_identifiers lists \(ladder.question) twice")
            }
            settings.quasiIdentifiers.append(ladder)
        }
        for item in r.sequence(m["sensitive"], "corpus.sensitive") ?? [] {
            guard let id = r.identifier(item, "a sensitive question") else { continue }
            guard let q = byID[id] else {
                r.fail(item, "corpus.sensitive names '\(id)', which is not a question of this template")
                continue
            }
            if !q.publishable || q.identifying != .none || !coded(q.kind) {
                r.fail(item, "corpus.sensitive: '\(id)' must be a publishable coded question (choice, scale, band, yes/no) with identifying: none")
            }
            settings.sensitive.append(id)
        }
        return settings
    }

    static func coded(_ kind: QuestionKind) -> Bool {
        switch kind {
        case .singleChoice, .multiChoice, .scale, .numberBand, .yesNo: true
        case .shortText, .longText, .monthYear: false
        }
    }

    static func parseLadder(_ node: Node, byID: [String: Question], reader r: inout NodeReader) -> QuasiLadder? {
        guard let m = r.mapping(node, "a quasi-identifier") else { return nil }
        r.checkKeys(m, allowed: ["question", "ladder"], in: "a quasi-identifier")
        guard let id = r.identifier(r.require(m, "question", owner: node, in: "a quasi-identifier"), "question") else { return nil }
        guard let question = byID[id] else {
            r.fail(m["question"], "corpus.quasi_identifiers names '\(id)', which is not a question of this template")
            return nil
        }
        if question.identifying != .quasi || !question.publishable {
            r.fail(m["question"], "corpus.quasi_identifiers: '\(id)' must be a publishable question with identifying: quasi")
        }
        var codes = Set(codesOf(question))
        let isMonthYear = question.kind == .monthYear
        if !isMonthYear && !coded(question.kind) {
            r.fail(m["question"], "corpus.quasi_identifiers: '\(id)' must be a coded question or month_year")
        }
        var levels: [QuasiLadder.Level] = []
        for levelNode in r.sequence(m["ladder"], "the ladder of \(id)") ?? [] {
            if case .scalar(let s) = levelNode {
                switch s.string {
                case "year" where isMonthYear && levels.isEmpty: levels.append(.year)
                case "decade" where isMonthYear && (levels.last == .year || levels.isEmpty): levels.append(.decade)
                default:
                    r.fail(levelNode, "ladder of \(id): a level is a mapping of code: coarser code (year and decade only for month_year, in that order)")
                }
                codes = []
                continue
            }
            guard let map = r.mapping(levelNode, "a ladder level of \(id)") else { continue }
            var level: [String: String] = [:]
            for (key, value) in map {
                guard let from = key.string, let to = r.string(value, "ladder of \(id): the value for '\(key.string ?? "")'") else { continue }
                if from != "*", !codes.isEmpty, !codes.contains(from) {
                    r.fail(key, "ladder of \(id): '\(from)' is not a code of the level below")
                }
                level[from] = to
            }
            if level["*"] == nil {
                for code in codes.sorted() where level[code] == nil {
                    r.fail(levelNode, "ladder of \(id): this level does not map '\(code)' (map it, or add \"*\": …)")
                }
            }
            codes = Set(level.values)
            levels.append(.map(level))
        }
        return QuasiLadder(question: id, levels: levels)
    }

    /// Codes a coded question can have at level 0 (empty when open-ended, e.g. month_year).
    static func codesOf(_ q: Question) -> [String] {
        switch q.kind {
        case .singleChoice, .multiChoice: q.options.map(\.code)
        case .numberBand: q.bands.map(\.code)
        case .yesNo: ["yes", "no"]
        case .scale: q.scale.map { s in (s.min...s.max).map(String.init) } ?? []
        default: []
        }
    }
}
