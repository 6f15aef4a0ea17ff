import Foundation
import Testing
@testable import TestimonyKit
@testable import TestimonyStore
import TestimonyModel
import TestimonyRedaction
import TestimonyTemplates
import TestimonyTestSupport

@Suite("Redaction and review in the vault")
struct RedactionWorkflowTests {
    /// A completed interviewer-intake testimony whose narrative names the listed survivor.
    static func testimony(_ vault: UnlockedVault) throws -> String {
        let doc = """
            {"template": "interviewer-intake", "language": "fi",
             "answers": {"se_narrative": "Tapasimme Liisan kanssa. Liisa Esimerkki kertoi Kuuselasta ja Rosesta.", "su_notes": "Muistiinpanot: Liisa Esimerkki"},
             "identifiers": [{"kind": "person", "value": "Liisa Esimerkki", "role": "survivor"}]}
            """
        return try Interchange.importDocument(Data(doc.utf8), catalog: Fixtures.catalog(), vault: vault)
    }

    @Test("redact drafts only publishable answers, encrypted, with the map kept in the vault")
    func drafts() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let id = try Self.testimony(vault)
        let state = try RedactionWorkflow.redact(vault: vault, id: id, catalog: Fixtures.catalog(), policy: .default)
        #expect(state.excerpts.map(\.questionID) == ["se_narrative"])  // su_notes is not publishable
        let excerpt = try #require(state.excerpts.first)
        #expect(excerpt.redacted.hasPrefix("Tapasimme [SURVIVOR]:n kanssa. [SURVIVOR] kertoi"))
        #expect(excerpt.map["[SURVIVOR]"]?.contains("Liisa Esimerkki") == true)
        #expect(excerpt.decision == .draft)
        #expect(try vault.loadRedaction(id) == state)
        #expect(try vault.list().first?.status == .inReview)
    }

    @Test("review: redact a missed term, restore a false positive, trim, approve with name and time")
    func review() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let id = try Self.testimony(vault)
        let catalog = try Fixtures.catalog()
        let before = try RedactionWorkflow.redact(vault: vault, id: id, catalog: catalog, policy: .default)
        #expect(before.excerpts[0].redacted.contains("[PERSON"))  // Kuusela/Rose found as names
        let decisions = ReviewDecisions(reviewer: "R. Reviewer", excerpts: [
            .init(question: "se_narrative", redact: ["person: Kuusela"], unredact: ["Rosesta"], trim: .init(from: "Tapasimme", to: "kertoi"), decision: "approve"),
        ])
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let after = try RedactionWorkflow.review(vault: vault, id: id, catalog: catalog, policy: .default, decisions: decisions, now: now)
        let excerpt = after.excerpts[0]
        #expect(excerpt.redacted == "Tapasimme [SURVIVOR]:n kanssa. [SURVIVOR] kertoi …")
        #expect(excerpt.decision == .approved)
        #expect(excerpt.reviews.last?.reviewer == "R. Reviewer")
        #expect(excerpt.reviews.last?.at == "2027-01-15T08:00:00Z")
        #expect(after.addedKnown == [KnownIdentifier(kind: "person", value: "Kuusela")])
        #expect(after.exemptions.contains("Rosesta"))
        #expect(try vault.list().first?.status == .reviewed)

        // Re-running redaction with the same policy keeps the approval; a new policy voids it.
        #expect(try RedactionWorkflow.redact(vault: vault, id: id, catalog: catalog, policy: .default).excerpts[0].decision == .approved)
        var changed = RedactionPolicy.default
        changed.version = 2
        #expect(try RedactionWorkflow.redact(vault: vault, id: id, catalog: catalog, policy: changed).excerpts[0].decision == .draft)
    }

    @Test("review refusals change nothing")
    func refusals() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let id = try Self.testimony(vault)
        let catalog = try Fixtures.catalog()
        #expect(throws: KitError.self) {
            try RedactionWorkflow.review(vault: vault, id: id, catalog: catalog, policy: .default, decisions: .init(reviewer: "R", excerpts: []))
        }
        let state = try RedactionWorkflow.redact(vault: vault, id: id, catalog: catalog, policy: .default)
        for bad in [
            ReviewDecisions(reviewer: " ", excerpts: [.init(question: "se_narrative", decision: "approve")]),
            ReviewDecisions(reviewer: "R", excerpts: [.init(question: "nope", decision: "approve")]),
            ReviewDecisions(reviewer: "R", excerpts: [.init(question: "se_narrative", decision: "maybe")]),
            ReviewDecisions(reviewer: "R", excerpts: [.init(question: "se_narrative", trim: .init(from: "not there", to: "x"), decision: "approve")]),
        ] {
            #expect(throws: KitError.self) { try RedactionWorkflow.review(vault: vault, id: id, catalog: catalog, policy: .default, decisions: bad) }
        }
        #expect(try vault.loadRedaction(id) == state)
    }

    @Test("the redaction part is bound to its testimony like every other blob")
    func tamper() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let a = try Self.testimony(vault)
        let b = try Self.testimony(vault)
        let catalog = try Fixtures.catalog()
        try RedactionWorkflow.redact(vault: vault, id: a, catalog: catalog, policy: .default)
        try RedactionWorkflow.redact(vault: vault, id: b, catalog: catalog, policy: .default)
        try vault.store.rawExecute(sql: """
            UPDATE part SET blob = (SELECT blob FROM part WHERE testimony_id = '\(b)' AND name = 'redaction')
            WHERE testimony_id = '\(a)' AND name = 'redaction'
            """)
        #expect(throws: KitError.integrity(testimonyID: a)) { try vault.loadRedaction(a) }
    }
}
