import TestimonyModel
public import TestimonyTemplates

/// Renders a decrypted testimony as readable text (for `testimony show`).
public enum TestimonyRenderer {
    /// Text for the terminal. Uses the template's labels when it is available, else question ids.
    public static func render(_ stored: StoredTestimony, template: Template?) -> String {
        let doc = stored.document
        let lang = doc.language
        var out: [String] = []
        let s = stored.summary
        out.append("Testimony \(s.id) · template \(s.templateID) v\(s.templateVersion) · \(s.status.rawValue) · language \(lang)")
        out.append("created \(s.createdDay) · updated \(s.updatedDay)")
        if let template {
            for section in template.sections {
                let answered = section.questions.filter { doc.answers[$0.id] != nil }
                guard !answered.isEmpty else { continue }
                out.append("")
                out.append("== \(section.title.text(lang)) ==")
                for q in answered {
                    out.append("")
                    out.append("\(q.label.text(lang))  [\(q.id)]")
                    out.append(indent(format(doc.answers[q.id]!, q, lang)))
                }
            }
        } else {
            out.append("")
            out.append("(template \(s.templateID) v\(s.templateVersion) is not in the templates directory: showing question ids)")
            for (id, answer) in doc.answers.sorted(by: { $0.key < $1.key }) {
                out.append("")
                out.append("[\(id)]")
                out.append(indent(format(answer, nil, lang)))
            }
        }
        out.append("")
        out.append("== Identifiers (never published) ==")
        if doc.identifiers.isEmpty { out.append("  (none listed)") }
        for identifier in doc.identifiers {
            let role = identifier.role.map { "/\($0.rawValue)" } ?? ""
            out.append("  \(identifier.kind.rawValue)\(role): \(identifier.value)")
        }
        out.append("")
        out.append("== Consent ==")
        if doc.consent.isEmpty { out.append("  (not recorded)") }
        for (scope, decision) in doc.consent.sorted(by: { $0.key < $1.key }) {
            let expiry = decision.expiresDay.map { ", until \($0)" } ?? ""
            out.append("  \(scope): \(decision.granted ? "granted" : "not granted") (\(decision.decidedDay)\(expiry))")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func indent(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n")
    }

    static func format(_ answer: Answer, _ q: Question?, _ lang: String) -> String {
        func label(_ code: String) -> String {
            q?.options.first(where: { $0.code == code })?.label.text(lang) ?? code
        }
        switch answer {
        case .text(let t): return t
        case .code(let c): return q?.kind == .numberBand ? c : label(c)
        case .codes(let cs): return cs.map(label).joined(separator: "; ")
        case .integer(let n): return q?.scale.map { "\(n) (\($0.min)–\($0.max))" } ?? String(n)
        case .monthYear(let m): return m
        case .bool(let b): return b ? "yes" : "no"
        case .skipped: return "(skipped)"
        case .preferNotToSay: return "(prefer not to say)"
        }
    }
}
