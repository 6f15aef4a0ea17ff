import Foundation
import TestimonyKit
import TestimonyModel
import TestimonyRedaction
import TestimonyTemplates

/// The interactive review loop on a terminal.
struct ReviewScreen {
    let vault: UnlockedVault
    let id: String
    let catalog: TemplateCatalog
    let policy: RedactionPolicy
    var reviewer: String?

    init(vault: UnlockedVault, id: String, catalog: TemplateCatalog, policy: RedactionPolicy, reviewer: String?) {
        self.vault = vault
        self.id = id
        self.catalog = catalog
        self.policy = policy
        self.reviewer = reviewer
    }

    mutating func run() throws {
        guard var state = try vault.loadRedaction(id) else {
            throw KitError.io("testimony \(id) has no draft excerpts yet; run `testimony redact \(id)` first")
        }
        if reviewer == nil {
            Console.out("Reviewer's name: ")
            reviewer = readLine()?.trimmingCharacters(in: .whitespaces)
        }
        let name = reviewer ?? ""
        let stored = try vault.load(id)
        let template = try? catalog.template(stored.summary.templateID)
        let language = RedactionLanguage(rawValue: stored.document.language) ?? .en
        var index = 0
        while index < state.excerpts.count {
            let excerpt = state.excerpts[index]
            let label = template?.question(excerpt.questionID)?.label.text(stored.document.language) ?? excerpt.questionID
            var marks = [excerpt.decision.rawValue]
            if excerpt.quotable == true { marks.append("quotable") }
            if let survivor = excerpt.survivorApproval { marks.append(survivor.approved ? "survivor approved" : "survivor refused") }
            Console.out("\n── Excerpt \(index + 1)/\(state.excerpts.count) · \(excerpt.questionID) · \(marks.joined(separator: " · "))\n\(label)\n\n")
            Console.out(Self.highlight(excerpt.redacted, colour: Console.stdoutIsTerminal) + "\n\n")
            let originals = excerpt.spans.map { RedactionWorkflowText.slice(stored.document.answers[excerpt.questionID], $0) }
            for (n, span) in excerpt.spans.enumerated() {
                Console.out("  \(n + 1). \(span.replacement) ← \(originals[n])  (\(span.type.rawValue), \(span.detector))\n")
            }
            let risks = ResidualRisk.find(in: excerpt.redacted, language: language)
            if !risks.isEmpty {
                Console.out("\n  Check: " + risks.map { "\($0.text) (\($0.reason))" }.joined(separator: ", ") + "\n")
            }
            Console.out("\n[a]pprove  [x] reject  [u N] restore  [r TEXT] redact  [t]rim  [c] quotable on/off\n[v y|n] the survivor approved / refused this text  [s]kip  [q]uit > ")
            guard let line = readLine()?.trimmingCharacters(in: .whitespaces) else { return }
            var item = ReviewDecisions.Excerpt(question: excerpt.questionID, redact: nil, unredact: nil, trim: nil, decision: nil)
            switch line.first {
            case "a": item.decision = "approve"
            case "x": item.decision = "reject"
            case "u":
                guard let n = Int(line.dropFirst().trimmingCharacters(in: .whitespaces)), n >= 1, n <= originals.count else {
                    Console.out("Give the number of the redaction to restore, e.g. u 2\n")
                    continue
                }
                item.unredact = [originals[n - 1]]
            case "r":
                let term = line.dropFirst().trimmingCharacters(in: .whitespaces)
                guard !term.isEmpty else { continue }
                item.redact = [term]
            case "t":
                Console.out("First words of the passage to keep: ")
                let from = readLine() ?? ""
                Console.out("Last words of the passage to keep: ")
                let to = readLine() ?? ""
                item.trim = .init(from: from, to: to)
            case "c": item.quotable = !(excerpt.quotable ?? false)
            case "v":
                let answer = line.dropFirst().trimmingCharacters(in: .whitespaces).lowercased()
                guard ["y", "n"].contains(answer) else {
                    Console.out("Record what the survivor decided about this exact text: v y (approved) or v n (refused)\n")
                    continue
                }
                item.survivor = answer == "y" ? "approved" : "refused"
            case "s": index += 1; continue
            case "q": return
            default: continue
            }
            do {
                state = try RedactionWorkflow.review(
                    vault: vault, id: id, catalog: catalog, policy: policy,
                    decisions: ReviewDecisions(reviewer: name, excerpts: [item]))
            } catch {
                Console.out("\(error)\n")
                continue
            }
            if item.decision != nil { index += 1 }
        }
        Console.out(Self.summary(state, id: id))
    }

    /// Placeholders in inverse video on a terminal; as bracketed text otherwise.
    static func highlight(_ text: String, colour: Bool) -> String {
        guard colour else { return text }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var cursor = 0
        for (start, end) in Redactor.placeholderRanges(in: scalars) {
            out.append(contentsOf: scalars[cursor..<start])
            out.append(contentsOf: "\u{1B}[7m".unicodeScalars)
            out.append(contentsOf: scalars[start..<end])
            out.append(contentsOf: "\u{1B}[0m".unicodeScalars)
            cursor = end
        }
        out.append(contentsOf: scalars[cursor...])
        return String(out)
    }

    static func summary(_ state: RedactionState, id: String) -> String {
        let counts = Dictionary(grouping: state.excerpts, by: \.decision).mapValues(\.count)
        let approved = counts[.approved] ?? 0
        let rejected = counts[.rejected] ?? 0
        let draft = counts[.draft] ?? 0
        return "Testimony \(id): \(approved) approved, \(rejected) rejected, \(draft) still draft (policy v\(state.policyVersion)).\n"
    }
}
