import Foundation
import TestimonyCorpus
public import TestimonyModel
public import TestimonyRedaction
public import TestimonyTemplates

/// `testimony publish ID`: the publication gate, then disclosure control over the corpus, then the
/// writes, ordered so that a crash at any point loses nothing and never leaves a corpus record the
/// vault does not know about (docs/corpus.md).
public enum PublishWorkflow {
    public static func publish(
        vault: UnlockedVault, id: String, catalog: TemplateCatalog, policy: RedactionPolicy, corpus: any CorpusStore,
        dryRun: Bool = false, today: String = Day.today()
    ) throws -> PublishResult {
        try publish(vault: vault, id: id, catalog: catalog, policy: policy, openCorpus: { corpus }, dryRun: dryRun, today: today)
    }

    /// As above, opening (or creating) the corpus only once the testimony has passed the gate, so a
    /// refusal leaves no corpus file behind.
    public static func publish(
        vault: UnlockedVault, id: String, catalog: TemplateCatalog, policy: RedactionPolicy, openCorpus: () throws -> any CorpusStore,
        dryRun: Bool = false, today: String = Day.today()
    ) throws -> PublishResult {
        let stored = try vault.load(id)
        let template = try catalog.template(stored.summary.templateID)
        guard template.version == stored.summary.templateVersion else {
            throw KitError.templateVersionMismatch(templateID: template.id, stored: stored.summary.templateVersion, available: template.version)
        }
        let status = try vault.status(of: id)
        let storedRedaction = try vault.loadRedaction(id)
        let problems = PublishGate.problems(
            id: id, status: status, document: stored.document, template: template, redaction: storedRedaction,
            policyVersion: policy.version, today: today)
        guard problems.isEmpty else { throw KitError.notPublishable(problems) }
        let corpus = try openCorpus()
        if !dryRun { try recover(vault: vault, corpus: corpus, template: template.id) }

        // The new testimony first (loaded and decrypted once), then the queue (re-gated: a consent
        // may have lapsed meanwhile).
        var owner: [String: String] = [:]
        var candidates: [CorpusRecord] = []
        var dropped: [(String, String)] = []
        // Gated again with its status now (finishing an interrupted publish may have changed it),
        // from what was loaded above.
        let regate = PublishGate.problems(
            id: id, status: try vault.status(of: id), document: stored.document, template: template, redaction: storedRedaction,
            policyVersion: policy.version, today: today)
        if let first = regate.first {
            dropped.append((id, "no longer passes the gate: \(first.what)"))
        } else {
            let requested = CorpusRecordBuilder.record(document: stored.document, template: template, redaction: storedRedaction)
            owner[requested.id] = id
            candidates.append(requested)
        }
        for candidateID in try heldQueue(vault: vault, template: template.id) where candidateID != id {
            let item = try vault.load(candidateID)
            let redaction = try vault.loadRedaction(candidateID)
            let gate = PublishGate.problems(
                id: candidateID, status: item.summary.status, document: item.document, template: template, redaction: redaction,
                policyVersion: policy.version, today: today)
            if let first = gate.first {
                dropped.append((candidateID, "no longer passes the gate: \(first.what)"))
                continue
            }
            let record = CorpusRecordBuilder.record(document: item.document, template: template, redaction: redaction)
            owner[record.id] = candidateID
            candidates.append(record)
        }
        let published = try corpus.records(template: template.id)
        let decision = DisclosureCheck.evaluate(published: published, candidates: candidates, policy: DisclosurePolicy(template.corpus))
        var report = decision.report.rendered()
        for (recordID, testimonyID) in owner { report = report.replacingOccurrences(of: recordID, with: testimonyID) }
        let held = decision.pending.map { (id: owner[$0.record.id] ?? "?", reason: $0.reason) } + dropped.map { (id: $0.0, reason: $0.1) }
        let result = PublishResult(
            published: decision.publish.compactMap { owner[$0.id] }, held: held,
            excerpts: decision.publish.reduce(0) { $0 + $1.excerpts.count }, answers: decision.publish.reduce(0) { $0 + $1.answers.count },
            raisedLevels: decision.raised, report: report, dryRun: dryRun)
        if dryRun { return result }

        let month = String(today.prefix(7))
        // 1. The vault learns the ids before the corpus holds them.
        for record in decision.publish {
            guard let testimonyID = owner[record.id] else { continue }
            try vault.savePublication(testimonyID, state(record, phase: .publishing, month: month), status: try vault.status(of: testimonyID))
        }
        // 2. Coarsening what is already published is always safe, so it goes before the inserts.
        if !decision.regeneralise.isEmpty { try corpus.regeneralise(decision.regeneralise) }
        if !decision.publish.isEmpty { try corpus.insert(decision.publish) }
        // 3. Done: published, or held with the reason.
        for record in decision.publish {
            guard let testimonyID = owner[record.id] else { continue }
            try vault.savePublication(testimonyID, state(record, phase: .published, month: month), status: .published)
        }
        for (testimonyID, reason) in held {
            guard let current = try? vault.status(of: testimonyID), current != .published else { continue }
            let previous = try vault.loadPublication(testimonyID)
            let stillHeld = !dropped.contains { $0.0 == testimonyID }
            try vault.savePublication(
                testimonyID, PublicationState(phase: stillHeld ? .held : .withdrawn, reasons: [reason], month: month),
                status: stillHeld ? .held : (previous == nil ? current : .reviewed))
        }
        return result
    }

    static func state(_ record: CorpusRecord, phase: PublicationState.Phase, month: String) -> PublicationState {
        PublicationState(
            phase: phase, recordID: record.id,
            excerptIDs: Dictionary(record.excerpts.map { ($0.question, $0.id) }, uniquingKeysWith: { a, _ in a }), month: month)
    }

    /// Testimonies of this template waiting in the queue, oldest change first.
    static func heldQueue(vault: UnlockedVault, template: String) throws -> [String] {
        try vault.list().filter { $0.status == .held && $0.templateID == template }.sorted { $0.updatedDay < $1.updatedDay }.map(\.id)
    }

    /// Finishes a publish that died between its steps: a testimony whose ids the vault saved is
    /// published if the corpus holds its record, and back to reviewed if it does not.
    static func recover(vault: UnlockedVault, corpus: any CorpusStore, template: String) throws {
        var inCorpus: Set<String>?
        for summary in try vault.list() where summary.templateID == template && summary.status != .published && summary.status != .erased {
            guard var state = try vault.loadPublication(summary.id), state.phase == .publishing, let recordID = state.recordID else { continue }
            if inCorpus == nil { inCorpus = Set(try corpus.records(template: template).map(\.id)) }
            if inCorpus!.contains(recordID) {
                state.phase = .published
                try vault.savePublication(summary.id, state, status: .published)
            } else {
                state.phase = .withdrawn
                try vault.savePublication(summary.id, state, status: .reviewed)
            }
        }
    }
}
