public import Foundation
import TestimonyModel
import TestimonyCrypto
public import TestimonyRedaction
public import TestimonyTemplates

/// Vault-side redaction: draft excerpts from a testimony's publishable answers, and review.
public enum RedactionWorkflow {
    /// Known identifiers of a testimony in the redaction module's terms.
    static func known(_ identifiers: [Identifier]) -> [KnownIdentifier] {
        identifiers.map { KnownIdentifier(kind: $0.kind.rawValue, value: $0.value, role: $0.role?.rawValue) }
    }

    /// Runs the pipeline on every publishable text answer and stores the drafts and the map, encrypted.
    /// Excerpts whose redacted text did not change keep their review decision; the others go back to draft.
    @discardableResult
    public static func redact(vault: UnlockedVault, id: String, catalog: TemplateCatalog, policy: RedactionPolicy) throws -> RedactionState {
        let stored = try vault.load(id)
        guard stored.summary.status != .draft else {
            throw KitError.io("testimony \(id) is still a draft; finish it with `testimony resume \(id)` first")
        }
        let template = try catalog.template(stored.summary.templateID)
        var state = try vault.loadRedaction(id) ?? RedactionState(policyVersion: policy.version)
        if state.policyVersion != policy.version {
            state.policyVersion = policy.version
            for i in state.excerpts.indices { state.excerpts[i].decision = .draft }
        }
        state.excerpts = excerpts(for: stored.document, template: template, state: state, policy: policy)
        try vault.saveRedaction(id, state, status: state.isReviewed ? .reviewed : .inReview)
        return state
    }

    static func excerpts(for doc: TestimonyDocument, template: Template, state: RedactionState, policy: RedactionPolicy) -> [ExcerptState] {
        let language = RedactionLanguage(rawValue: doc.language)
        let redactor = Redactor(language: language, known: known(doc.identifiers) + state.addedKnown, policy: policy)
        var answers: [(Question, String)] = []
        for question in template.questions where question.publishable && (question.kind == .longText || question.kind == .shortText) {
            if case .text(let answer)? = doc.answers[question.id] { answers.append((question, answer)) }
        }
        // One set of placeholders for the whole testimony: "[PERSON 1]" is the same person in every excerpt.
        let runs = redactor.redact(answers.map(\.1))
        var result: [ExcerptState] = []
        for ((question, answer), run) in zip(answers, runs) {
            let spans = run.spans.filter { span in
                !state.exemptions.contains(slice(answer, span.start, span.end))
            }
            var redacted = Redactor.apply(spans, to: answer)
            let previous = state.excerpts.first { $0.questionID == question.id }
            var trimFrom: String?
            var trimTo: String?
            if let previous, let from = previous.trimFrom, let to = previous.trimTo, let trimmed = trim(redacted, from: from, to: to) {
                redacted = trimmed
                (trimFrom, trimTo) = (from, to)  // a trim that no longer fits the text is dropped
            }
            var map: [String: [String]] = [:]
            for span in spans {
                let core = span.replacement.components(separatedBy: "]").first.map { $0 + "]" } ?? span.replacement
                let original = slice(answer, span.start, span.end)
                if !(map[core]?.contains(original) ?? false) { map[core, default: []].append(original) }
            }
            var excerpt = ExcerptState(
                questionID: question.id, redacted: redacted, spans: spans, map: map, trimFrom: trimFrom,
                trimTo: trimTo, decision: .draft, reviews: previous?.reviews ?? [])
            if let previous, previous.redacted == redacted { excerpt.decision = previous.decision }
            excerpt.quotable = previous?.quotable
            excerpt.survivorApproval = previous?.survivorApproval  // voided at publish if the text changed
            result.append(excerpt)
        }
        return result
    }

    /// Applies scripted or interactive decisions, re-running redaction when terms were added or
    /// restored, and records each approval with the reviewer's name and time.
    @discardableResult
    public static func review(
        vault: UnlockedVault, id: String, catalog: TemplateCatalog, policy: RedactionPolicy, decisions: ReviewDecisions,
        now: Date = Date()
    ) throws -> RedactionState {
        guard var state = try vault.loadRedaction(id) else {
            throw KitError.io("testimony \(id) has no draft excerpts yet; run `testimony redact \(id)` first")
        }
        guard state.policyVersion == policy.version else {
            throw KitError.io("the redaction policy changed since the drafts were made; run `testimony redact \(id)` again")
        }
        let reviewer = decisions.reviewer.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reviewer.isEmpty else { throw KitError.io("a review needs the reviewer's name") }
        for item in decisions.excerpts {
            guard let index = state.excerpts.firstIndex(where: { $0.questionID == item.question }) else {
                throw KitError.io("no draft excerpt for question \(item.question) in testimony \(id)")
            }
            for term in item.redact ?? [] { state.addedKnown.append(knownIdentifier(from: term)) }
            for original in item.unredact ?? [] {
                let resolved = state.excerpts[index].map[original] ?? [original]
                for text in resolved where !state.exemptions.contains(text) { state.exemptions.append(text) }
            }
            if let t = item.trim {
                state.excerpts[index].trimFrom = t.from
                state.excerpts[index].trimTo = t.to
            }
        }
        // Re-run with the added terms, restored texts and trims.
        let stored = try vault.load(id)
        let template = try catalog.template(stored.summary.templateID)
        state.excerpts = excerpts(for: stored.document, template: template, state: state, policy: policy)
        for item in decisions.excerpts {
            guard let index = state.excerpts.firstIndex(where: { $0.questionID == item.question }) else { continue }
            if item.trim != nil && state.excerpts[index].trimFrom == nil {
                throw KitError.io("trim for question \(item.question): the start or end text is not in the redacted excerpt")
            }
            let stamp = ISO8601DateFormatter().string(from: now)
            if let quotable = item.quotable { state.excerpts[index].quotable = quotable }
            if let survivor = item.survivor {
                guard ["approved", "approve", "refused", "refuse"].contains(survivor) else {
                    throw KitError.io("question \(item.question): survivor must be approved or refused")
                }
                state.excerpts[index].survivorApproval = .init(
                    approved: survivor.hasPrefix("approve"), recordedBy: reviewer, at: stamp,
                    textHash: SHA256.hex(Array(state.excerpts[index].redacted.utf8)))
            }
            guard let raw = item.decision else { continue }
            let decision: ExcerptState.Decision
            switch raw {
            case "approve", "approved": decision = .approved
            case "reject", "rejected": decision = .rejected
            case "draft": decision = .draft
            default: throw KitError.io("question \(item.question): decision must be approve, reject or draft")
            }
            state.excerpts[index].decision = decision
            state.excerpts[index].reviews.append(.init(reviewer: reviewer, at: stamp, decision: decision, policyVersion: policy.version))
        }
        try vault.saveRedaction(id, state, status: state.isReviewed ? .reviewed : .inReview)
        return state
    }

    /// "person: Kuusela" → a person; "Hakametsä" → other.
    static func knownIdentifier(from term: String) -> KnownIdentifier {
        let parts = term.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, ["person", "place", "org", "contact", "other"].contains(parts[0]) {
            return KnownIdentifier(kind: parts[0], value: parts[1])
        }
        return KnownIdentifier(kind: "other", value: term.trimmingCharacters(in: .whitespaces))
    }

    /// The passage from the start of `from` to the end of `to`, marked with ellipses where cut.
    static func trim(_ text: String, from: String, to: String) -> String? {
        guard let start = text.range(of: from), let end = text.range(of: to, range: start.lowerBound..<text.endIndex) else { return nil }
        let body = String(text[start.lowerBound..<end.upperBound])
        return (start.lowerBound > text.startIndex ? "… " : "") + body + (end.upperBound < text.endIndex ? " …" : "")
    }

    static func slice(_ text: String, _ start: Int, _ end: Int) -> String {
        let scalars = text.unicodeScalars
        let a = scalars.index(scalars.startIndex, offsetBy: start)
        let b = scalars.index(scalars.startIndex, offsetBy: end)
        return String(scalars[a..<b])
    }
}
