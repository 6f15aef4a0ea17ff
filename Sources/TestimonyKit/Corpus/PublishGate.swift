public import TestimonyModel
import TestimonyCrypto
public import TestimonyTemplates

/// The checks a testimony must pass before anything of it may enter the corpus (docs/corpus.md):
/// consent, review, approvals under the current policy, quotable marks and the survivor's own
/// approval. Disclosure control (k, ℓ) comes after, in `PublishWorkflow`.
public enum PublishGate {
    /// Every problem, in a stable order; empty when the testimony may go on to disclosure control.
    public static func problems(
        id: String, status: TestimonyStatus, document: TestimonyDocument, template: Template, redaction: RedactionState?,
        policyVersion: Int, today: String
    ) -> [PublishProblem] {
        var problems: [PublishProblem] = []
        switch status {
        case .draft:
            return [PublishProblem("testimony \(id) is still a draft", fix: "finish it with `testimony resume \(id)`")]
        case .published:
            return [PublishProblem("testimony \(id) is already in the corpus", fix: "nothing to do; `testimony consent withdraw \(id) --scope research_corpus` takes it out")]
        case .erased:
            return [PublishProblem("testimony \(id) was erased", fix: "nothing can be published from it")]
        default: break
        }
        if let p = consentProblem(id: id, scope: "research_corpus", document: document, today: today) { problems.append(p) }

        let hasText = template.questions.contains { $0.publishable && ($0.kind == .longText || $0.kind == .shortText) && document.answers[$0.id]?.isText == true }
        guard let redaction else {
            if hasText {
                problems.append(PublishProblem("testimony \(id) has not been redacted", fix: "run `testimony redact \(id)`, then `testimony review \(id)`"))
            }
            return problems
        }
        if redaction.policyVersion != policyVersion {
            problems.append(PublishProblem(
                "the redaction policy changed since the drafts were made (version \(redaction.policyVersion), now \(policyVersion))",
                fix: "run `testimony redact \(id)` and review again"))
            return problems
        }
        let surveyReview = document.consent["survivor_reviews_excerpts"]?.granted == true
        let minimum = template.corpus.minApprovals
        for excerpt in redaction.excerpts {
            let q = excerpt.questionID
            switch excerpt.decision {
            case .rejected: continue
            case .draft:
                problems.append(PublishProblem("excerpt \(q) is still a draft", fix: "approve or reject it with `testimony review \(id)`"))
                continue
            case .approved: break
            }
            let approvers = Set(excerpt.reviews.filter { $0.policyVersion == policyVersion }.suffix(while: { $0.decision == .approved }).map(\.reviewer))
            if approvers.count < minimum {
                problems.append(PublishProblem(
                    "excerpt \(q) has \(approvers.count) reviewer approval\(approvers.count == 1 ? "" : "s") under policy version \(policyVersion); \(minimum) needed",
                    fix: "another reviewer approves it with `testimony review \(id)`"))
            }
            // SQLite text (as GRDB binds it) ends at U+0000: the corpus would keep a cut-short excerpt.
            if excerpt.redacted.unicodeScalars.contains("\u{0}") {
                problems.append(PublishProblem(
                    "excerpt \(q) contains a NUL character (U+0000), which the corpus cannot store whole",
                    fix: "trim the excerpt to a passage without it, or reject it, in `testimony review \(id)`"))
            }
            if excerpt.quotable == true,
                let p = consentProblem(id: id, scope: "quotes_in_reports", document: document, today: today, forExcerpt: q)
            {
                problems.append(p)
            }
            if surveyReview {
                let hash = SHA256.hex(Array(excerpt.redacted.utf8))
                switch excerpt.survivorApproval {
                case .some(let a) where a.textHash != hash:
                    problems.append(PublishProblem(
                        "the survivor approved an earlier wording of excerpt \(q)",
                        fix: "show them the current text and record their decision (`survivor: approved` in `testimony review \(id) --decisions`)"))
                case .some(let a) where !a.approved:
                    problems.append(PublishProblem(
                        "the survivor refused excerpt \(q)", fix: "reject it in `testimony review \(id)`, or ask them again"))
                case .none:
                    problems.append(PublishProblem(
                        "the survivor asked to review excerpts, and excerpt \(q) has no decision of theirs",
                        fix: "show it to them and record it (`survivor: approved` in `testimony review \(id) --decisions`)"))
                default: break
                }
            }
        }
        return problems
    }

    static func consentProblem(id: String, scope: String, document: TestimonyDocument, today: String, forExcerpt: String? = nil) -> PublishProblem? {
        let subject = forExcerpt.map { "excerpt \($0) is marked quotable, but " } ?? ""
        let unmark = forExcerpt.map { _ in " or unmark it (`quotable: false` in `testimony review \(id) --decisions`)" } ?? ""
        guard let decision = document.consent[scope], decision.granted else {
            return PublishProblem(
                "\(subject)consent \(scope) was not granted for testimony \(id)",
                fix: "publish only if the survivor agrees: `testimony consent grant \(id) --scope \(scope)`\(unmark)")
        }
        if let expires = decision.expiresDay, expires <= today {
            return PublishProblem(
                "\(subject)consent \(scope) of testimony \(id) lapsed on \(expires)",
                fix: "ask the survivor to renew it (`testimony consent grant \(id) --scope \(scope)`)\(unmark)")
        }
        return nil
    }
}

extension Answer {
    var isText: Bool {
        if case .text = self { return true }
        return false
    }
}

extension Array {
    /// The longest suffix whose elements all satisfy `predicate`.
    func suffix(while predicate: (Element) -> Bool) -> ArraySlice<Element> {
        var start = endIndex
        while start > startIndex, predicate(self[index(before: start)]) { start = index(before: start) }
        return self[start...]
    }
}
