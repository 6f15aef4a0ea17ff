import Foundation
import Testing
import TestimonyModel
import TestimonyTemplates
import TestimonyTestSupport

/// encode → decode preserves a document, in JSON and in YAML.
@Suite("Interchange round trips")
struct InterchangeRoundTripTests {
    typealias I = Interchange

    func roundTrip(_ doc: TestimonyDocument, template: Template, format: InterchangeFormat) throws -> TestimonyDocument {
        let text = try InterchangeCodec.encode(doc, format: format)
        return try I.document(text, template: template)
    }

    @Test("the intake document survives encode → decode", arguments: InterchangeFormat.allCases)
    func intake(format: InterchangeFormat) throws {
        let template = try I.intake()
        let doc = try I.document(Fixtures.intakeDocument(marker: I.marker), template: template)
        #expect(try roundTrip(doc, template: template, format: format) == doc)
    }

    @Test("JSON output is the documented shape")
    func jsonShape() throws {
        let template = try I.intake()
        let doc = try I.document(Fixtures.intakeDocument(marker: I.marker), template: template)
        let text = try InterchangeCodec.encode(doc, format: .json)
        #expect(text.hasPrefix("{"))
        #expect(text.hasSuffix("}\n"))
        #expect(text.contains("\"template\" : \"interviewer-intake\""))
        #expect(text.contains("\"template_version\" : 1"))
        #expect(text.contains("\"status\" : \"prefer_not_to_say\""))
    }

    @Test("every kind and awkward texts survive encode → decode", arguments: InterchangeFormat.allCases)
    func everyKind(format: InterchangeFormat) throws {
        let template = try TemplateYAML.allKindsTemplate()
        let awkward = [
            "123", "12.5", "true", "yes", "no", "null", "~", "2019-05", "0x1F", "1_000", "- item", "key: value", "#hash",
            "'quoted'", "\"double\"", "  padded  ", "Åsa sanoi: ”hei”", "tab\there", "line one\nline two\n", "{not: json}",
            "[1, 2]", "*alias", "&anchor", "!tag", "@at", "`tick`", "%percent", "|", ">", "",
        ].filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        for (index, text) in awkward.enumerated() {
            let doc = TestimonyDocument(
                templateID: "mini", templateVersion: 1, language: ["en", "fi", "sv"][index % 3],
                answers: [
                    "q_story": .text(text), "q_one": .code(index.isMultiple(of: 2) ? "yes" : "1000_4999"),
                    "q_many": .codes(["green", "red"]), "q_scale": .integer(1 + index % 5),
                    "q_band": .code(["0", "1-3", "4-10"][index % 3]), "q_month": .monthYear("2019-05"),
                    "q_flag": .bool(index.isMultiple(of: 2)), "q_line": .preferNotToSay, "q_contact": .skipped,
                ],
                identifiers: [
                    Identifier(kind: .person, value: text, role: .family), Identifier(kind: .contact, value: "\(text) 2"),
                    Identifier(kind: .org, value: "Org"), Identifier(kind: .other, value: "Other", role: nil),
                ],
                consent: [
                    "research_corpus": ConsentDecision.decided(true, scope: template.scope("research_corpus")!, today: I.today),
                    "quotes_in_reports": ConsentDecision.decided(false, scope: template.scope("quotes_in_reports")!, today: I.today),
                ])
            let back = try roundTrip(doc, template: template, format: format)
            #expect(back == doc, "\(format) with \(text.debugDescription)")
        }
    }

    @Test("an empty document survives encode → decode", arguments: InterchangeFormat.allCases)
    func empty(format: InterchangeFormat) throws {
        let template = try I.intake()
        let doc = TestimonyDocument(templateID: "interviewer-intake", templateVersion: 1, language: "sv")
        #expect(try roundTrip(doc, template: template, format: format) == doc)
    }
}
