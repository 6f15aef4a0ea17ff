import Foundation
import Testing
@testable import TestimonyKit
import TestimonyModel
import TestimonyCorpus
import TestimonyRedaction
import TestimonyStore
import TestimonyTemplates
import TestimonyTestSupport

/// publish → held queue → release of the queue → withdrawal and erase, against a real SQLite corpus.
@Suite("Publish workflow")
struct PublishWorkflowTests {
    struct World {
        let dir = TemporaryDirectory()
        let vault: UnlockedVault
        let catalog: TemplateCatalog
        let corpus: SQLiteCorpusStore

        init() throws {
            vault = try Fixtures.vault(in: dir).vault
            catalog = try Fixtures.catalog()
            corpus = try SQLiteCorpusStore.create(at: dir.url.appendingPathComponent("corpus.sqlite"))
        }

        /// A reviewed, consented survivor-experience testimony with one approved excerpt.
        func reviewed(age: String = "25-34", distributed: String, marker: String) throws -> String {
            let doc = """
                {"template": "survivor-experience", "language": "en",
                 "answers": {"wh_narrative": "Synthetic account \(marker): it went on for a year and I told nobody.",
                             "ay_age_band": "\(age)", "ay_gender": "woman", "ay_region": "finland",
                             "tf_distributed": "\(distributed)", "im_education": 4, "wh_setting": ["home", "online"]},
                 "identifiers": [{"kind": "person", "value": "\(marker)", "role": "offender"}],
                 "consent": {"research_corpus": true, "quotes_in_reports": false, "survivor_reviews_excerpts": false}}
                """
            let id = try Interchange.importDocument(Data(doc.utf8), catalog: catalog, vault: vault)
            try RedactionWorkflow.redact(vault: vault, id: id, catalog: catalog, policy: .default)
            try RedactionWorkflow.review(
                vault: vault, id: id, catalog: catalog, policy: .default,
                decisions: ReviewDecisions(reviewer: "R. One", excerpts: [.init(question: "wh_narrative", decision: "approve")]))
            return id
        }

        func publish(_ id: String, dryRun: Bool = false) throws -> PublishResult {
            try PublishWorkflow.publish(vault: vault, id: id, catalog: catalog, policy: .default, corpus: corpus, dryRun: dryRun)
        }
    }

    @Test func testimoniesWaitUntilKSimilarOnesExistThenGoTogether() throws {
        let w = try World()
        let ids = try (1...5).map { try w.reviewed(distributed: $0 % 2 == 0 ? "yes" : "no", marker: "Zorblatt\($0)") }
        for id in ids.prefix(4) {
            let result = try w.publish(id)
            #expect(result.published.isEmpty)
            #expect(result.held.contains { $0.id == id && $0.reason.contains("k=5") })
            #expect(try w.vault.status(of: id) == .held)
        }
        #expect(try w.corpus.counts().records == 0)
        let result = try w.publish(ids[4])
        #expect(Set(result.published) == Set(ids))
        #expect(result.held.isEmpty)
        #expect(try w.corpus.counts() == (records: 5, excerpts: 5))
        for id in ids {
            #expect(try w.vault.status(of: id) == .published)
            #expect(try w.vault.loadPublication(id)?.phase == .published)
        }
        // What reached the corpus: redacted text, coded answers, generalised quasi values; no ids, no names.
        let records = try w.corpus.records(template: "survivor-experience")
        for record in records {
            #expect(!record.excerpts[0].text.contains("Zorblatt"))
            #expect(record.answers.contains(CorpusAnswer(question: "im_education", code: "4")))
            #expect(record.answers.contains(CorpusAnswer(question: "wh_setting", code: "online")))
            #expect(record.quasi["ay_age_band"] != nil)
            #expect(record.consentExpires != nil)
        }
        let corpusBytes = try Data(contentsOf: w.corpus.url)
        for id in ids { #expect(corpusBytes.range(of: Data(id.utf8)) == nil) }
        #expect(corpusBytes.range(of: Data("Zorblatt".utf8)) == nil)
    }

    @Test func oneDistinctSensitiveValueIsHeldForDiversity() throws {
        let w = try World()
        let ids = try (1...5).map { try w.reviewed(distributed: "yes", marker: "Qwix\($0)") }
        for id in ids { _ = try w.publish(id) }
        let last = try w.publish(ids[4], dryRun: true)
        #expect(last.published.isEmpty)
        #expect(last.report.contains("tf_distributed"))
        #expect(try w.corpus.counts().records == 0)
    }

    @Test func dryRunChangesNothing() throws {
        let w = try World()
        let id = try w.reviewed(distributed: "no", marker: "Drym")
        let before = try Data(contentsOf: w.vault.directory.appendingPathComponent("vault.sqlite"))
        let result = try w.publish(id, dryRun: true)
        #expect(result.dryRun && result.published.isEmpty)
        #expect(result.report.contains("k=5"))
        #expect(try Data(contentsOf: w.vault.directory.appendingPathComponent("vault.sqlite")) == before)
        #expect(try w.vault.status(of: id) == .reviewed)
    }

    @Test func gateRefusalChangesNothing() throws {
        let w = try World()
        let id = try w.reviewed(distributed: "no", marker: "Refu")
        let template = try w.catalog.template("survivor-experience")
        try ConsentWorkflow.withdraw(vault: w.vault, id: id, scope: "research_corpus", template: template, corpus: w.corpus)
        #expect {
            _ = try w.publish(id)
        } throws: { error in
            "\(error)".contains("research_corpus was not granted") && "\(error)".contains("testimony consent grant")
        }
        #expect(try w.corpus.counts().records == 0)
        #expect(try w.vault.status(of: id) == .reviewed)
    }

    @Test func withdrawalAndEraseRetractAndTombstone() throws {
        let w = try World()
        let ids = try (1...5).map { try w.reviewed(distributed: $0 % 2 == 0 ? "yes" : "no", marker: "Wdr\($0)") }
        for id in ids { _ = try w.publish(id) }
        #expect(try w.corpus.counts().records == 5)
        let template = try w.catalog.template("survivor-experience")

        let taken = try ConsentWorkflow.withdraw(vault: w.vault, id: ids[0], scope: "research_corpus", template: template, corpus: w.corpus)
        #expect(taken.records == 1 && taken.excerpts == 1)
        #expect(try w.corpus.counts().records == 4)
        #expect(try w.vault.load(ids[0]).document.consent["research_corpus"]?.granted == false)
        #expect(try w.vault.loadPublication(ids[0])?.phase == .withdrawn)
        // Withdrawing again is harmless.
        #expect(try ConsentWorkflow.withdraw(vault: w.vault, id: ids[0], scope: "research_corpus", template: template, corpus: w.corpus).records == 0)

        let erased = try EraseWorkflow.erase(vault: w.vault, id: ids[1], corpus: w.corpus)
        #expect(erased.records == 1)
        #expect(try w.corpus.counts().records == 3)
        #expect(try w.vault.status(of: ids[1]) == .erased)
        let stones = try w.corpus.tombstones()
        #expect(stones.filter { $0.kind == .response }.count == 2)
        #expect(stones.filter { $0.kind == .excerpt }.count == 2)
    }

    @Test func aCrashBetweenVaultAndCorpusIsFinishedByTheNextPublish() throws {
        let w = try World()
        let ids = try (1...6).map { try w.reviewed(distributed: $0 % 2 == 0 ? "yes" : "no", marker: "Crash\($0)") }
        for id in ids.prefix(5) { _ = try w.publish(id) }
        // Simulate: the vault saved ids for the sixth, the process died before the corpus insert.
        try w.vault.savePublication(ids[5], PublicationState(phase: .publishing, recordID: "rs-never-inserted", month: "2026-11"), status: .reviewed)
        _ = try w.publish(ids[5])
        #expect(try w.vault.status(of: ids[5]) != .reviewed || w.vault.loadPublication(ids[5])?.phase != .publishing)
        #expect(try w.vault.loadPublication(ids[5])?.phase != .publishing)
    }

    /// The other crash: the corpus holds the record but the vault still says publishing. Publishing
    /// the same testimony again finishes the first publish and adds no second record.
    @Test func aCrashAfterTheCorpusInsertIsFinishedWithoutASecondRecord() throws {
        let w = try World()
        let ids = try (1...6).map { try w.reviewed(distributed: $0 % 2 == 0 ? "yes" : "no", marker: "Late\($0)") }
        for id in ids { _ = try w.publish(id) }
        #expect(try w.vault.status(of: ids[5]) == .published)
        var state = try #require(try w.vault.loadPublication(ids[5]))
        state.phase = .publishing
        try w.vault.savePublication(ids[5], state, status: .reviewed)
        let before = try w.corpus.counts()
        _ = try w.publish(ids[5])
        #expect(try w.corpus.counts() == before)
        #expect(try w.vault.status(of: ids[5]) == .published)
        #expect(try w.vault.loadPublication(ids[5])?.phase == .published)
    }

    @Test func releaseFinishesWithdrawalsAndEnforcesLapsedConsent() throws {
        let w = try World()
        let ids = try (1...5).map { try w.reviewed(distributed: $0 % 2 == 0 ? "yes" : "no", marker: "Rel\($0)") }
        for id in ids { _ = try w.publish(id) }
        // The vault recorded a withdrawal the corpus never saw (a crash in between).
        var document = try w.vault.load(ids[0]).document
        document.consent["research_corpus"] = ConsentDecision(granted: false, decidedDay: Day.today())
        try w.vault.saveDocument(ids[0], document)

        let out = w.dir.url.appendingPathComponent("releases")
        let options = ReleaseWorkflow.Options(organisation: "Test org", citation: "Test corpus", redactionPolicyVersion: 1)
        let first = try ReleaseWorkflow.release(vault: w.vault, corpus: w.corpus, catalog: w.catalog, outDirectory: out, options: options)
        #expect(first.lapsed == 1)
        #expect(first.write.releaseID == "r0001" && first.write.responseCount == 4 && first.write.tombstoneCount == 2)
        #expect(try w.vault.status(of: ids[0]) == .reviewed)
        let stones = try String(contentsOf: out.appendingPathComponent("r0001/tombstones.jsonl"), encoding: .utf8)
        #expect(stones.contains(#""release":"r0001""#))

        // Six years on, every research consent (60 months) has lapsed: the next release is empty.
        var later = options
        later.today = Day.adding(months: 72, to: Day.today())!
        let second = try ReleaseWorkflow.release(vault: w.vault, corpus: w.corpus, catalog: w.catalog, outDirectory: out, options: later)
        #expect(second.lapsed == 4 && second.write.responseCount == 0 && second.write.excerptCount == 0)
        #expect(second.write.releaseID == "r0002")
        for id in ids.dropFirst() { #expect(try w.vault.status(of: id) == .reviewed) }
        // The signing key stays the same across releases, and the chain links.
        #expect(first.publicKey == second.publicKey)
        let manifest = try String(contentsOf: out.appendingPathComponent("r0002/MANIFEST"), encoding: .utf8)
        #expect(manifest.contains("previous-manifest-sha256: \(first.write.manifestSHA256)"))
    }
}
