public import TestimonyModel
public import TestimonyTemplates

/// Consent changes after the interview: show, grant, withdraw. Withdrawing `research_corpus` takes the
/// testimony out of the corpus now (tombstoned in the next release); withdrawing `quotes_in_reports`
/// takes out its quotable excerpts.
public enum ConsentWorkflow {
    /// One scope as `consent show` prints it.
    public struct Line: Sendable, Equatable {
        public var scope: String
        public var label: String
        /// `granted`, `refused`, `lapsed` or `not asked`.
        public var state: String
        public var decidedDay: String?
        public var expiresDay: String?
    }

    /// What the corpus lost in a withdrawal.
    public struct Retraction: Sendable, Equatable {
        public var records: Int
        public var excerpts: Int
    }

    public static func show(vault: UnlockedVault, id: String, template: Template, today: String = Day.today()) throws -> [Line] {
        let document = try vault.load(id).document
        return template.consentScopes.map { scope in
            let decision = document.consent[scope.id]
            let state: String
            switch decision {
            case .none: state = "not asked"
            case .some(let d) where !d.granted: state = "refused"
            case .some(let d) where d.expiresDay.map { $0 <= today } ?? false: state = "lapsed"
            default: state = "granted"
            }
            return Line(
                scope: scope.id, label: scope.label.text(document.language), state: state,
                decidedDay: decision?.decidedDay, expiresDay: decision?.expiresDay)
        }
    }

    /// Records a grant dated today (with the scope's expiry).
    public static func grant(vault: UnlockedVault, id: String, scope: String, template: Template, today: String = Day.today()) throws {
        let scopeSpec = try self.scope(scope, in: template)
        var document = try vault.load(id).document
        document.consent[scope] = .decided(true, scope: scopeSpec, today: today)
        try vault.saveDocument(id, document)
    }

    /// Records a refusal dated today and takes out of the corpus whatever the scope covered. The
    /// corpus goes first: if the process dies in between, the vault still says "granted" and running
    /// the withdrawal again finishes it (retracting twice is harmless).
    @discardableResult
    public static func withdraw(
        vault: UnlockedVault, id: String, scope: String, template: Template, corpus: (any CorpusStore)?, today: String = Day.today()
    ) throws -> Retraction {
        let scopeSpec = try self.scope(scope, in: template)
        let retraction = try retract(vault: vault, id: id, scope: scope, corpus: corpus)
        var document = try vault.load(id).document
        document.consent[scope] = .decided(false, scope: scopeSpec, today: today)
        try vault.saveDocument(id, document)
        return retraction
    }

    /// After a survivor's withdrawal request (intake), takes the testimony out of the corpus.
    @discardableResult
    public static func retractWithdrawn(vault: UnlockedVault, id: String, corpus: (any CorpusStore)?) throws -> Retraction {
        try retract(vault: vault, id: id, scope: "research_corpus", corpus: corpus)
    }

    /// Takes out of the corpus what `scope` covered for this testimony, and updates the vault's
    /// publication state. Needs the corpus only when something of the testimony is in it.
    static func retract(vault: UnlockedVault, id: String, scope: String, corpus: (any CorpusStore)?) throws -> Retraction {
        guard var publication = try vault.loadPublication(id), publication.phase != .withdrawn else {
            return Retraction(records: 0, excerpts: 0)
        }
        switch scope {
        case "research_corpus":
            guard let recordID = publication.recordID, publication.phase != .held else {
                publication.phase = .withdrawn
                try vault.savePublication(id, publication, status: .reviewed)
                return Retraction(records: 0, excerpts: 0)
            }
            guard let corpus else { throw KitError.io("testimony \(id) is in the corpus; give --corpus PATH so it can be taken out") }
            let stones = try corpus.retract(recordIDs: [recordID])
            publication.phase = .withdrawn
            try vault.savePublication(id, publication, status: .reviewed)
            return Retraction(records: stones.filter { $0.kind == .response }.count, excerpts: stones.filter { $0.kind == .excerpt }.count)
        case "quotes_in_reports":
            guard publication.phase == .published || publication.phase == .publishing else { return Retraction(records: 0, excerpts: 0) }
            let redaction = try vault.loadRedaction(id)
            let quotable = Set(redaction?.excerpts.filter { $0.quotable == true }.map(\.questionID) ?? [])
            let ids = publication.excerptIDs.filter { quotable.contains($0.key) }.map(\.value).sorted()
            guard !ids.isEmpty else { return Retraction(records: 0, excerpts: 0) }
            guard let corpus else { throw KitError.io("quotable excerpts of testimony \(id) are in the corpus; give --corpus PATH so they can be taken out") }
            let stones = try corpus.retract(excerptIDs: ids)
            return Retraction(records: 0, excerpts: stones.count)
        default:
            return Retraction(records: 0, excerpts: 0)
        }
    }

    static func scope(_ id: String, in template: Template) throws -> ConsentScope {
        guard let scope = template.scope(id) else {
            let all = template.consentScopes.map(\.id).joined(separator: ", ")
            throw KitError.io("template \(template.id) has no consent scope '\(id)' (scopes: \(all))")
        }
        return scope
    }
}
