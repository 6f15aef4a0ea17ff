import Foundation
import Testing
@testable import TestimonyKit
import TestimonyModel
import TestimonyTemplates
import TestimonyTestSupport

@Suite("Guided interview")
struct InterviewTests {
    static let consent = ["y", "n", "y", "n", ":skip"]

    static func template() throws -> Template {
        try Fixtures.catalog().template("interviewer-intake")
    }

    @Test("a full scripted interview records every kind of reply and saves after every answer")
    func fullInterview() throws {
        let template = try Self.template()
        let io = ScriptedIO(Fixtures.intakeRecordScript(marker: "M1").split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        var saves: [(Int, TestimonyStatus)] = []
        var last: TestimonyDocument?
        let interview = Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "en"), io: io, today: "2026-01-15") { doc, position, status in
            saves.append((position, status))
            last = doc
        }
        #expect(try interview.run(from: 0) == .completed)
        let doc = try #require(last)
        let steps = InterviewStep.steps(for: template).count
        #expect(saves.count == steps + 1)
        #expect(saves.last?.0 == steps && saves.last?.1 == .complete)
        #expect(doc.answers["se_narrative"] == .text("The session took place in a quiet room. M1\nA second line."))
        #expect(doc.answers["se_mode"] == .code("in_person"))
        #expect(doc.answers["se_interpreter"] == .bool(false))
        #expect(doc.answers["su_safety_plan"] == .preferNotToSay)
        #expect(doc.answers["su_notes"] == .skipped)
        #expect(doc.identifiers == [Identifier(kind: .person, value: "Someone M1", role: .survivor), Identifier(kind: .place, value: "Exampletown")])
        #expect(doc.consent["research_corpus"] == ConsentDecision(granted: true, decidedDay: "2026-01-15", expiresDay: "2031-01-15"))
        #expect(doc.consent["survivor_reviews_excerpts"]?.granted == false)
        #expect(io.output.contains(template.supportStart.text("en")))
        #expect(io.output.contains(template.supportEnd.text("en")))
    }

    @Test("skip and prefer-not-to-say are recorded as two different non-answers")
    func twoNonAnswers() throws {
        let template = try Self.template()
        let io = ScriptedIO(Self.consent + [":skip", ":pnts", ":pause"])
        var last: TestimonyDocument?
        let interview = Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "en"), io: io) { doc, _, _ in last = doc }
        #expect(try interview.run(from: 0) == .paused)
        #expect(last?.answers["se_narrative"] == .skipped)
        #expect(last?.answers["se_mode"] == .preferNotToSay)
    }

    @Test(":back returns to the previous question and Enter keeps its answer")
    func back() throws {
        let template = try Self.template()
        let io = ScriptedIO(Self.consent + ["story", ".", "1", ":back", ":back", "", "2", ":pause"])
        var last: (TestimonyDocument, Int)?
        let interview = Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "en"), io: io) { doc, position, _ in last = (doc, position) }
        #expect(try interview.run(from: 0) == .paused)
        #expect(last?.0.answers["se_narrative"] == .text("story"))
        #expect(last?.0.answers["se_mode"] == .code("remote"))
        #expect(last?.1 == Self.consent.count + 2)
    }

    @Test("invalid replies are refused and asked again, without echoing them")
    func invalidReplies() throws {
        let template = try Self.template()
        let io = ScriptedIO(Self.consent + ["story", ".", "42", "nonsense-code", "1", ":pause"])
        var last: TestimonyDocument?
        let interview = Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "en"), io: io) { doc, _, _ in last = doc }
        #expect(try interview.run(from: 0) == .paused)
        #expect(last?.answers["se_mode"] == .code("in_person"))
        #expect(io.output.components(separatedBy: "did not match").count == 3)
        #expect(!io.output.contains("nonsense-code"))
    }

    @Test("end of input pauses and keeps what was given")
    func endOfInput() throws {
        let template = try Self.template()
        let io = ScriptedIO(Self.consent + ["partial story"])
        var last: (TestimonyDocument, Int, TestimonyStatus)?
        let interview = Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "en"), io: io) { last = ($0, $1, $2) }
        #expect(try interview.run(from: 0) == .paused)
        #expect(last?.0.answers["se_narrative"] == .text("partial story"))
        #expect(last?.2 == .draft)
    }

    @Test("the interview speaks the session language")
    func finnish() throws {
        let template = try Self.template()
        let io = ScriptedIO([":pause"])
        let interview = Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "fi"), io: io) { _, _, _ in }
        _ = try interview.run(from: 0)
        #expect(io.output.contains(template.supportStart.text("fi")))
        #expect(io.output.contains("Tauko"))
    }

    @Test(":edit uses the editor on a terminal and is refused on a script")
    func editor() throws {
        let template = try Self.template()
        let interactive = ScriptedIO(Self.consent + [":edit", ":pause"], interactive: true, edited: "written in the editor\n")
        var last: TestimonyDocument?
        _ = try Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "en"), io: interactive) { doc, _, _ in last = doc }.run(from: 0)
        #expect(last?.answers["se_narrative"] == .text("written in the editor"))

        let failing = ScriptedIO(Self.consent + [":edit", "typed after the editor failed", ".", ":pause"], interactive: true)
        failing.editorFails = true
        #expect(try Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "en"), io: failing) { doc, _, _ in last = doc }.run(from: 0) == .paused)
        #expect(last?.answers["se_narrative"] == .text("typed after the editor failed"))
        #expect(failing.output.contains("cannot open an editor safely"))

        let scripted = ScriptedIO(Self.consent + [":edit", "typed", ".", ":pause"])
        _ = try Interview(template: template, document: .init(templateID: template.id, templateVersion: 1, language: "en"), io: scripted) { doc, _, _ in last = doc }.run(from: 0)
        #expect(last?.answers["se_narrative"] == .text("typed"))
        #expect(scripted.output.contains("needs a terminal"))
    }
}
