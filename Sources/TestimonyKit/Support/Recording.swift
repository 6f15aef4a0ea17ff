import TestimonyModel
public import TestimonyTemplates

/// Recording workflows: a new guided interview, or resuming a paused draft.
public enum Recording {
    /// Starts a new testimony and runs the interview. The draft exists (encrypted) from the first step.
    /// - Returns: the testimony id and how the session ended (on `quit` the testimony has been discarded).
    public static func start(
        vault: UnlockedVault, template: Template, language: String, io: any InterviewIO
    ) throws -> (id: String, outcome: InterviewOutcome) {
        guard template.languages.contains(language) else {
            throw KitError.io("template \(template.id) has no language '\(language)' (it has: \(template.languages.joined(separator: ", ")))")
        }
        let document = TestimonyDocument(templateID: template.id, templateVersion: template.version, language: language)
        let id = try vault.create(document, status: .draft)
        let outcome = try run(vault: vault, id: id, template: template, document: document, position: 0, io: io)
        return (id, outcome)
    }

    /// Resumes a paused draft at the step where it stopped.
    public static func resume(vault: UnlockedVault, id: String, catalog: TemplateCatalog, io: any InterviewIO) throws -> InterviewOutcome {
        let stored = try vault.load(id)
        guard stored.summary.status == .draft else { throw KitError.alreadyComplete(testimonyID: id) }
        let template = try catalog.template(stored.summary.templateID)
        guard template.version == stored.summary.templateVersion else {
            throw KitError.templateVersionMismatch(
                templateID: template.id, stored: stored.summary.templateVersion, available: template.version)
        }
        return try run(vault: vault, id: id, template: template, document: stored.document, position: stored.position, io: io)
    }

    static func run(
        vault: UnlockedVault, id: String, template: Template, document: TestimonyDocument, position: Int, io: any InterviewIO
    ) throws -> InterviewOutcome {
        let interview = Interview(template: template, document: document, io: io) { doc, next, status in
            try vault.save(id, document: doc, status: status, position: next)
        }
        let outcome = try interview.run(from: position)
        if outcome == .quit { try vault.discard(id) }
        return outcome
    }
}
