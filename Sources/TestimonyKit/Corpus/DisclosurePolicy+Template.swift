public import TestimonyCorpus
public import TestimonyTemplates

extension DisclosurePolicy {
    /// The template's corpus block as the disclosure engine's policy. Month/year answers are held as
    /// years at level 0, so a `year` step is already taken; `decade` becomes an explicit map over
    /// the years. Non-answers keep their value on every step except one that maps only `"*"`.
    public init(_ settings: CorpusSettings) {
        let quasi = settings.quasiIdentifiers.map { ladder in
            QuasiAttribute(question: ladder.question, ladder: ladder.levels.compactMap(Self.step))
        }
        self.init(k: settings.k, l: settings.l, quasi: quasi, sensitive: settings.sensitive)
    }

    static let nonAnswers = ["skipped", "prefer_not_to_say"]

    static func step(_ level: QuasiLadder.Level) -> [String: String]? {
        var map: [String: String]
        switch level {
        case .year: return nil
        case .decade:
            map = [:]
            for year in 1900...2099 { map[String(year)] = "\(year / 10 * 10)s" }
        case .map(let m):
            map = m
            if m.keys.count == 1, m["*"] != nil { return map }  // total suppression covers non-answers too
        }
        for value in nonAnswers where map[value] == nil { map[value] = value }
        return map
    }
}
