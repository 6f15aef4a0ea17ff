import Foundation
import Testing
@testable import TestimonyKit
import TestimonyModel
import TestimonyRedaction
import TestimonyTemplates
import TestimonyTestSupport

/// Each refusal of the publication gate, with the fix it names; and a testimony that passes.
@Suite("Publication gate")
struct PublishGateTests {
    static let today = "2026-11-29"

    /// A reviewed survivor-experience testimony with one approved excerpt, and its template.
    static func reviewed(
        consent: String = #"{"research_corpus": true, "quotes_in_reports": false, "survivor_reviews_excerpts": false}"#,
        decisions: [ReviewDecisions.Excerpt] = [.init(question: "wh_narrative", decision: "approve")],
        narrativeJSON: String = #""It started when I was eleven. Later I told a teacher.""#
    ) throws -> (vault: UnlockedVault, id: String, dir: TemporaryDirectory, template: Template) {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let doc = """
            {"template": "survivor-experience", "language": "en",
             "answers": {"wh_narrative": \(narrativeJSON), "ay_age_band": "25-34",
                         "ay_gender": "woman", "tf_distributed": "yes", "im_education": 4},
             "identifiers": [], "consent": \(consent)}
            """
        let catalog = try Fixtures.catalog()
        let id = try Interchange.importDocument(Data(doc.utf8), catalog: catalog, vault: vault)
        try RedactionWorkflow.redact(vault: vault, id: id, catalog: catalog, policy: .default)
        if !decisions.isEmpty {
            try RedactionWorkflow.review(
                vault: vault, id: id, catalog: catalog, policy: .default, decisions: ReviewDecisions(reviewer: "R. One", excerpts: decisions))
        }
        return (vault, id, dir, try catalog.template("survivor-experience"))
    }

    static func problems(_ t: (vault: UnlockedVault, id: String, dir: TemporaryDirectory, template: Template), policyVersion: Int = 1, today: String = today) throws -> [PublishProblem] {
        let stored = try t.vault.load(t.id)
        return PublishGate.problems(
            id: t.id, status: stored.summary.status, document: stored.document, template: t.template,
            redaction: try t.vault.loadRedaction(t.id), policyVersion: policyVersion, today: today)
    }

    @Test func aReviewedConsentedTestimonyPasses() throws {
        #expect(try Self.problems(Self.reviewed()) == [])
    }

    @Test func withoutResearchConsentItIsRefusedWithTheCommandThatRecordsIt() throws {
        let problems = try Self.problems(Self.reviewed(consent: #"{"research_corpus": false}"#))
        #expect(problems.count == 1)
        #expect(problems[0].what.contains("consent research_corpus was not granted"))
        #expect(problems[0].fix.contains("testimony consent grant"))
    }

    @Test func lapsedConsentIsRefused() throws {
        // The import dates the grant today; 60 months later it has lapsed.
        let t = try Self.reviewed()
        let later = Day.adding(months: 61, to: Day.today())!
        let problems = try Self.problems(t, today: later)
        #expect(problems.contains { $0.what.contains("lapsed") })
    }

    @Test func aDraftExcerptIsRefused() throws {
        let problems = try Self.problems(Self.reviewed(decisions: []))
        #expect(problems.contains { $0.what == "excerpt wh_narrative is still a draft" && $0.fix.contains("testimony review") })
    }

    @Test func aChangedPolicyVoidsTheApproval() throws {
        let problems = try Self.problems(Self.reviewed(), policyVersion: 2)
        #expect(problems.count == 1)
        #expect(problems[0].what.contains("redaction policy changed"))
    }

    @Test func tooFewApprovalsAreRefused() throws {
        var t = try Self.reviewed()
        t.template.corpus.minApprovals = 2
        let problems = try Self.problems(t)
        #expect(problems.contains { $0.what.contains("1 reviewer approval") && $0.what.contains("2 needed") })
        // A second, different reviewer fixes it; the same reviewer twice does not.
        let catalog = try Fixtures.catalog()
        for reviewer in ["R. One", "R. Two"] {
            try RedactionWorkflow.review(
                vault: t.vault, id: t.id, catalog: catalog, policy: .default,
                decisions: ReviewDecisions(reviewer: reviewer, excerpts: [.init(question: "wh_narrative", decision: "approve")]))
        }
        #expect(try Self.problems(t) == [])
    }

    @Test func aQuotableExcerptNeedsQuoteConsent() throws {
        let t = try Self.reviewed(decisions: [.init(question: "wh_narrative", decision: "approve", quotable: true)])
        let problems = try Self.problems(t)
        #expect(problems.count == 1)
        #expect(problems[0].what.contains("marked quotable") && problems[0].what.contains("quotes_in_reports"))
        #expect(problems[0].fix.contains("quotable: false"))
    }

    @Test func survivorReviewNeedsTheSurvivorsApprovalOfTheCurrentText() throws {
        let consent = #"{"research_corpus": true, "survivor_reviews_excerpts": true}"#
        #expect(try Self.problems(Self.reviewed(consent: consent)).contains { $0.what.contains("no decision of theirs") })
        let refused = try Self.reviewed(consent: consent, decisions: [.init(question: "wh_narrative", decision: "approve", survivor: "refused")])
        #expect(try Self.problems(refused).contains { $0.what.contains("the survivor refused excerpt wh_narrative") })
        let approved = try Self.reviewed(consent: consent, decisions: [.init(question: "wh_narrative", decision: "approve", survivor: "approved")])
        #expect(try Self.problems(approved) == [])
        // A later trim changes the text: the survivor's approval no longer covers it.
        try RedactionWorkflow.review(
            vault: approved.vault, id: approved.id, catalog: Fixtures.catalog(), policy: .default,
            decisions: ReviewDecisions(reviewer: "R. One", excerpts: [.init(question: "wh_narrative", trim: .init(from: "Later", to: "teacher."), decision: "approve")]))
        #expect(try Self.problems(approved).contains { $0.what.contains("approved an earlier wording") })
    }

    /// SQLite text ends at U+0000 as GRDB binds it: such an excerpt would enter the corpus cut
    /// short, so the gate refuses it until a trim leaves the character out.
    @Test func anExcerptWithANulCharacterIsRefusedUntilTrimmed() throws {
        let t = try Self.reviewed(narrativeJSON: #""It started when I was eleven.\u0000 Later I told a teacher.""#)
        let problems = try Self.problems(t)
        #expect(problems.count == 1)
        #expect(problems.first?.what.contains("NUL character") == true)
        #expect(problems.first?.fix.contains("testimony review") == true)
        try RedactionWorkflow.review(
            vault: t.vault, id: t.id, catalog: Fixtures.catalog(), policy: .default,
            decisions: ReviewDecisions(reviewer: "R. One", excerpts: [.init(question: "wh_narrative", trim: .init(from: "Later", to: "teacher."), decision: "approve")]))
        #expect(try Self.problems(t) == [])
    }

    @Test func problemsNeverQuoteTheTestimony() throws {
        let t = try Self.reviewed(consent: #"{"survivor_reviews_excerpts": true}"#, decisions: [.init(question: "wh_narrative", decision: "approve", quotable: true)])
        let text = try Self.problems(t).map(\.description).joined(separator: "\n")
        #expect(!text.contains("eleven") && !text.contains("teacher"))
        #expect(text.contains("wh_narrative"))
    }
}
