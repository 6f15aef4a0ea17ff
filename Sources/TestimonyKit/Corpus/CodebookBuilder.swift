import TestimonyCorpus
import TestimonyTemplates

/// The release's `codebook.json` from the templates: every question that can appear in the release,
/// with its codes and labels in en/fi/sv. Generalised quasi codes list every ladder level.
enum CodebookBuilder {
    static func codebook(templates: [Template], releaseID: String) -> Codebook {
        Codebook(release: releaseID, templates: templates.sorted { $0.id < $1.id }.map(template))
    }

    static func label(_ text: LocalizedText?) -> Codebook.Label {
        Codebook.Label(en: text?.values["en"], fi: text?.values["fi"], sv: text?.values["sv"])
    }

    static func template(_ t: Template) -> Codebook.Template {
        let quasi = Dictionary(t.corpus.quasiIdentifiers.map { ($0.question, $0) }, uniquingKeysWith: { a, _ in a })
        let sensitive = Set(t.corpus.sensitive)
        var questions: [Codebook.Question] = []
        for q in t.questions where q.publishable {
            let role: String
            if let ladder = quasi[q.id] {
                role = "quasi"
                questions.append(Codebook.Question(
                    id: q.id, kind: q.kind.rawValue, role: role, label: label(q.label), themes: q.themes,
                    codes: codes(q) + ladderCodes(ladder, known: Set(codes(q).map(\.code))), sensitive: false))
                continue
            }
            if q.identifying != .none { continue }  // an unlisted quasi question is never published
            switch q.kind {
            case .longText, .shortText: role = "excerpt"
            case .monthYear: continue
            default: role = "coded"
            }
            questions.append(Codebook.Question(
                id: q.id, kind: q.kind.rawValue, role: role, label: label(q.label), themes: q.themes, codes: codes(q),
                sensitive: sensitive.contains(q.id)))
        }
        return Codebook.Template(id: t.id, version: t.version, title: label(t.title), questions: questions)
    }

    static func codes(_ q: Question) -> [Codebook.Code] {
        var result: [Codebook.Code]
        switch q.kind {
        case .singleChoice, .multiChoice: result = q.options.map { Codebook.Code(code: $0.code, label: label($0.label)) }
        case .numberBand: result = q.bands.map { Codebook.Code(code: $0.code, label: label($0.label ?? LocalizedText(["en": $0.code]))) }
        case .yesNo:
            result = [
                Codebook.Code(code: "yes", label: .init(en: "yes", fi: "kyllä", sv: "ja")),
                Codebook.Code(code: "no", label: .init(en: "no", fi: "ei", sv: "nej")),
            ]
        case .scale:
            guard let spec = q.scale else { result = []; break }
            result = (spec.min...spec.max).map { n in
                let text = n == spec.min ? spec.minLabel : n == spec.max ? spec.maxLabel : nil
                return Codebook.Code(code: String(n), label: text.map(label) ?? .init(en: String(n), fi: String(n), sv: String(n)))
            }
        default: result = []
        }
        if !result.isEmpty || q.kind == .monthYear {
            result.append(Codebook.Code(code: "skipped", label: .init(en: "skipped", fi: "ohitettu", sv: "hoppade över")))
            result.append(Codebook.Code(code: "prefer_not_to_say", label: .init(en: "prefer not to say", fi: "en halua sanoa", sv: "vill inte svara")))
        }
        return result
    }

    /// Codes that only appear after generalisation (e.g. `18-34`, `nordic`, `1990s`).
    static func ladderCodes(_ ladder: QuasiLadder, known: Set<String>) -> [Codebook.Code] {
        var seen = known
        var result: [Codebook.Code] = []
        for level in ladder.levels {
            let values: [String]
            switch level {
            case .map(let m): values = m.values.sorted()
            case .year: values = []
            case .decade: values = []
            }
            for value in values where seen.insert(value).inserted {
                result.append(Codebook.Code(code: value, label: .init(en: value, fi: value, sv: value)))
            }
        }
        return result
    }
}
