public import Foundation
public import TestimonyCorpus
public import TestimonyCrypto
public import TestimonyModel
public import TestimonyTemplates

/// `testimony corpus release`: lapsed consent is enforced first (those records are taken out and
/// tombstoned in this very release), then an immutable, signed snapshot of the corpus is written.
public enum ReleaseWorkflow {
    public struct Options: Sendable {
        public var organisation: String
        public var citation: String
        public var redactionPolicyVersion: Int
        public var today: String

        public init(organisation: String, citation: String, redactionPolicyVersion: Int, today: String = Day.today()) {
            self.organisation = organisation
            self.citation = citation
            self.redactionPolicyVersion = redactionPolicyVersion
            self.today = today
        }
    }

    public struct Result: Sendable {
        public var write: ReleaseWriteResult
        /// Records taken out because their research consent lapsed.
        public var lapsed: Int
        public var publicKey: Ed25519PublicKey
    }

    public static func release(
        vault: UnlockedVault, corpus: any CorpusStore, catalog: TemplateCatalog, outDirectory: URL, options: Options
    ) throws -> Result {
        let lapsed = try enforceLapsedConsent(vault: vault, corpus: corpus, today: options.today)
        let key = try vault.corpusSigningKey()
        let releases = try corpus.releases()
        let previous = releases.last
        let number = releases.count + 1
        let releaseID = String(format: "r%04d", number)
        let existing = outDirectory.appendingPathComponent(releaseID)
        if FileManager.default.fileExists(atPath: existing.path) {
            throw KitError.io(
                "\(existing.path) exists, but the corpus has made only \(number - 1) release(s): an interrupted release, or another corpus's releases. Move it aside and run again, or choose another --out")
        }
        let templates = catalog.templates.values.map { $0 }
        let k = templates.map(\.corpus.k).min() ?? CorpusSettings.defaultK
        let l = templates.map(\.corpus.l).min() ?? CorpusSettings.defaultL
        let datacard = ReleaseDatacard(
            organisation: options.organisation, citation: options.citation, k: k, l: l,
            policyVersions: ["redaction": options.redactionPolicyVersion, "disclosure": 1],
            consentBasis: "Every testimony in this release was given with explicit consent to use in research (scope research_corpus), recorded by the organisation, unexpired on the release day. Excerpts marked quotable also had consent to short quotes in reports (quotes_in_reports). Survivors who asked to review their excerpts approved each one.",
            knownLimits: [
                "Excerpts are redacted derivatives, not verbatim statements: names, places, institutions, contacts and codes were replaced by placeholders, exact dates and ages generalised.",
                "Automatic redaction was checked by at least one human reviewer per excerpt, but people who know the survivor or the events (the offender above all) may still recognise a story.",
                "k-anonymity and ℓ-diversity hold over the declared quasi-identifiers at publication; a later withdrawal can leave a class smaller than k.",
                "Response ids and excerpt ids are unrelated on purpose: excerpts cannot be joined to coded answers.",
                "Only the quasi-identifiers each template declares are checked for k and ℓ; a rare combination of other coded answers can still single a response out. Do not try to.",
                "Withdrawn material is listed in tombstones.jsonl: delete it from every copy you hold.",
            ])
        let writer = ReleaseWriter(
            releaseID: releaseID, previousManifestSHA256: previous?.manifestSHA256, month: String(options.today.prefix(7)),
            today: options.today, codebook: CodebookBuilder.codebook(templates: templates, releaseID: releaseID),
            tombstones: try corpus.tombstones(), datacard: datacard)
        let result = try writer.write(into: outDirectory, records: { visit in try corpus.forEachRecord(visit) }, sign: { key.sign($0) })
        try corpus.recordRelease(result.info)
        return Result(write: result, lapsed: lapsed, publicKey: key.verifyingKey)
    }

    /// Takes out of the corpus every record whose research consent has lapsed (the corpus knows the
    /// day without the vault), and marks the vault's own testimonies withdrawn. Also finishes any
    /// withdrawal the vault recorded but the corpus did not see (a crash in between, or a survivor's
    /// withdrawal request taken in without the corpus at hand).
    static func enforceLapsedConsent(vault: UnlockedVault, corpus: any CorpusStore, today: String) throws -> Int {
        var withdrawn = 0
        for summary in try vault.list() where summary.status == .published {
            let consent = try vault.load(summary.id).document.consent["research_corpus"]
            if consent?.granted != true {
                withdrawn += try ConsentWorkflow.retract(vault: vault, id: summary.id, scope: "research_corpus", corpus: corpus).records
            }
        }
        // One query over the expiry column, not a walk that builds every record.
        let lapsed = try corpus.recordIDs(consentLapsedBy: today)
        guard !lapsed.isEmpty else { return withdrawn }
        try corpus.retract(recordIDs: lapsed)
        let gone = Set(lapsed)
        for summary in try vault.list() where summary.status == .published {
            guard var state = try vault.loadPublication(summary.id), let recordID = state.recordID, gone.contains(recordID) else { continue }
            state.phase = .withdrawn
            state.reasons = ["research_corpus consent lapsed"]
            try vault.savePublication(summary.id, state, status: .reviewed)
        }
        return withdrawn + lapsed.count
    }

    /// Writes the public key as `corpus-signing.pem` (SPKI) and `corpus-signing.pub` (raw, base64),
    /// for researchers and for `openssl pkeyutl -verify`.
    @discardableResult
    public static func exportPublicKey(_ key: Ed25519PublicKey, to directory: URL) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pem = directory.appendingPathComponent("corpus-signing.pem")
        let pub = directory.appendingPathComponent("corpus-signing.pub")
        try Data(key.pemEncoded.utf8).write(to: pem, options: .atomic)
        try Data(key.base64Encoded.utf8).write(to: pub, options: .atomic)
        return [pem, pub]
    }
}
