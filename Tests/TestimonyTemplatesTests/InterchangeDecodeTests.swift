import Foundation
import Testing
import TestimonyModel
import TestimonyTemplates
import TestimonyTestSupport

/// Decoding valid interchange documents (JSON and YAML) and refusing malformed ones.
@Suite("Interchange decoding")
struct InterchangeDecodeTests {
    typealias I = Interchange

    static let intakeYAML = """
        # The same document as Fixtures.intakeDocument, in YAML.
        template: interviewer-intake
        language: en
        answers:
          se_narrative: "A calm session in a quiet room. \(Interchange.marker)"
          se_mode: in_person
          se_referral: support_service
          se_interpreter: false
          se_purpose: {status: prefer_not_to_say}
          su_resources_offered: true
          su_notes:
            status: skipped
        identifiers:
          - {kind: person, value: "Person \(Interchange.marker)", role: survivor}
          - kind: place
            value: Exampletown
        consent:
          research_corpus: true
          follow_up_contact: false
        """

    @Test("the intake document decodes from JSON")
    func decodesJSON() throws {
        let data = Data(Fixtures.intakeDocument(marker: I.marker).utf8)
        let object = try InterchangeCodec.decode(data)
        #expect(try InterchangeCodec.templateID(of: object) == "interviewer-intake")
        let doc = try InterchangeCodec.document(from: object, template: I.intake(), today: I.today)
        #expect(doc == I.expectedIntake(marker: I.marker))
    }

    @Test("the same document in YAML decodes to the same TestimonyDocument")
    func decodesYAML() throws {
        let template = try I.intake()
        let fromYAML = try I.document(Self.intakeYAML, template: template)
        let fromJSON = try I.document(Fixtures.intakeDocument(marker: I.marker), template: template)
        #expect(fromYAML == fromJSON)
        #expect(fromYAML == I.expectedIntake(marker: I.marker))
    }

    @Test("JSON with leading whitespace or a byte-order mark is still JSON")
    func leadingWhitespace() throws {
        let template = try I.intake()
        let json = Fixtures.intakeDocument(marker: I.marker)
        #expect(try I.document(" \n\t" + json, template: template) == I.expectedIntake(marker: I.marker))
        #expect(try I.document("\u{FEFF}" + json, template: template) == I.expectedIntake(marker: I.marker))
    }

    @Test("the language defaults to the template's first and can be chosen", arguments: ["fi", "sv"])
    func language(lang: String) throws {
        let template = try I.intake()
        #expect(try I.document(I.json(), template: template).language == "en")
        #expect(try I.document(Fixtures.intakeDocument(marker: "x", language: lang), template: template).language == lang)
    }

    @Test("a matching template_version is accepted")
    func matchingVersion() throws {
        let doc = try I.document(I.json(extra: "\"template_version\": 1"), template: I.intake())
        #expect(doc.templateVersion == 1)
    }

    @Test("every kind's valid answer decodes to its typed answer")
    func everyKind() throws {
        let template = try TemplateYAML.allKindsTemplate()
        let json = I.json(template: "mini", answers: """
            {"q_story": "Line one.\\nLine two.", "q_line": "one line", "q_one": "beta",
             "q_many": ["blue", "red"], "q_scale": 5, "q_band": "1-3", "q_month": "2019-05", "q_flag": true,
             "q_contact": {"status": "skipped"}}
            """)
        let doc = try I.document(json, template: template)
        #expect(doc.answers == [
            "q_story": .text("Line one.\nLine two."), "q_line": .text("one line"), "q_one": .code("beta"),
            "q_many": .codes(["blue", "red"]), "q_scale": .integer(5), "q_band": .code("1-3"),
            "q_month": .monthYear("2019-05"), "q_flag": .bool(true), "q_contact": .skipped,
        ])
    }

    @Test("number_band maps a number to the code of its band", arguments: [(0, "0"), (1, "1-3"), (3, "1-3"), (4, "4-10"), (10, "4-10")])
    func numberBandMapping(pair: (Int, String)) throws {
        let template = try TemplateYAML.allKindsTemplate()
        let doc = try I.document(I.json(template: "mini", answers: "{\"q_band\": \(pair.0)}"), template: template)
        #expect(doc.answers["q_band"] == .code(pair.1))
    }

    @Test("scale bounds are inclusive", arguments: [1, 3, 5])
    func scaleInRange(value: Int) throws {
        let template = try TemplateYAML.allKindsTemplate()
        let doc = try I.document(I.json(template: "mini", answers: "{\"q_scale\": \(value)}"), template: template)
        #expect(doc.answers["q_scale"] == .integer(value))
    }

    @Test("month_year accepts YYYY-MM within 1900-2199", arguments: ["1900-01", "2019-05", "2199-12"])
    func monthYearAccepted(text: String) throws {
        #expect(AnswerValidator.isMonthYear(text))
        let template = try TemplateYAML.allKindsTemplate()
        let doc = try I.document(I.json(template: "mini", answers: "{\"q_month\": \"\(text)\"}"), template: template)
        #expect(doc.answers["q_month"] == .monthYear(text))
    }

    @Test("hand-written YAML: quoted option codes that look like other types are accepted")
    func yamlQuotedCodes() throws {
        let template = try TemplateYAML.allKindsTemplate()
        let yaml = "template: mini\nanswers:\n  q_one: \"yes\"\n  q_band: \"0\"\n"
        let doc = try I.document(yaml, template: template)
        #expect(doc.answers == ["q_one": .code("yes"), "q_band": .code("0")])
        let other = try I.document("template: mini\nanswers:\n  q_one: '1000_4999'\n", template: template)
        #expect(other.answers == ["q_one": .code("1000_4999")])
    }

    @Test("hand-written YAML: plain option codes that look like booleans or numbers", arguments: ["yes", "1000_4999"])
    func yamlPlainCodes(code: String) throws {
        // damages-impact has option codes "yes", "no" and "1000_4999"; written unquoted in a YAML import,
        // YAML typing turns them into true / 10004999, and the validator maps them back to the code.
        let template = try TemplateYAML.allKindsTemplate()
        let doc = try I.document("template: mini\nanswers:\n  q_one: \(code)\n", template: template)
        #expect(doc.answers["q_one"] == .code(code))
    }

    @Test("malformed JSON is malformedDocument and does not echo the input")
    func malformedJSON() throws {
        let texts = [
            "{\"answers\": {\"se_narrative\": \"\(I.marker)",
            "{\"template\": }",
            "{\"template\": \"interviewer-intake\" \"language\": \"en\"}",
            "{ \(I.marker) }",
        ]
        for text in texts {
            let error = #expect(throws: TemplateError.self) { try InterchangeCodec.decode(Data(text.utf8)) }
            guard case .malformedDocument? = error else {
                Issue.record("expected malformedDocument for \(text), got \(String(describing: error))")
                continue
            }
            #expect(error?.description.contains(I.marker) == false)
        }
    }

    @Test("malformed YAML is malformedDocument")
    func malformedYAML() throws {
        let error = #expect(throws: TemplateError.self) {
            try InterchangeCodec.decode(Data("template: [interviewer-intake\nanswers: \"\(I.marker)\n".utf8))
        }
        guard case .malformedDocument? = error else {
            Issue.record("expected malformedDocument, got \(String(describing: error))")
            return
        }
        #expect(error?.description.contains(I.marker) == false)
    }

    @Test("a top level that is not an object is malformedDocument",
          arguments: ["[1, 2, 3]", "42", "\"just text\"", "- a\n- b\n", "plain words", "null", "true"])
    func nonObjectTopLevel(text: String) throws {
        let error = #expect(throws: TemplateError.self) { try InterchangeCodec.decode(Data(text.utf8)) }
        guard case .malformedDocument? = error else {
            Issue.record("expected malformedDocument, got \(String(describing: error))")
            return
        }
    }

    @Test("non-UTF-8 bytes are malformedDocument")
    func notUTF8() throws {
        #expect(throws: TemplateError.malformedDocument("not UTF-8 text")) {
            try InterchangeCodec.decode(Data([0x74, 0x3A, 0x20, 0xC3, 0x28, 0xFF]))
        }
    }

    @Test("templateID requires a template string")
    func templateIDRequired() throws {
        #expect(throws: TemplateError.self) { try InterchangeCodec.templateID(of: InterchangeCodec.decode(Data("{\"answers\": {}}".utf8))) }
        #expect(throws: TemplateError.self) { try InterchangeCodec.templateID(of: InterchangeCodec.decode(Data("{\"template\": 7}".utf8))) }
    }
}
