import Foundation
import Testing
import TestimonyTemplates
import TestimonyTestSupport

/// Invalid interchange documents are refused with an error that names the field, never the value.
@Suite("Interchange refusals")
struct InterchangeRefusalTests {
    typealias I = Interchange
    static let m = Interchange.marker

    // MARK: answers

    @Test("an unknown question id")
    func unknownQuestion() throws {
        I.expectRefusal(I.json(answers: "{\"se_nonexistent\": \"\(Self.m)\"}"), template: try I.intake(), field: "answers.se_nonexistent")
    }

    @Test("a number where text is expected")
    func numberForText() throws {
        I.expectRefusal(I.json(answers: "{\"se_narrative\": 8675309}"), template: try I.intake(), field: "answers.se_narrative", notContaining: ["8675309"])
    }

    @Test("other wrong types", arguments: [
        ("se_narrative", "[\"\(Interchange.marker)\"]"), ("se_narrative", "{\"text\": \"\(Interchange.marker)\"}"),
        ("se_mode", "true"), ("se_mode", "[\"in_person\"]"), ("se_interpreter", "\"\(Interchange.marker)\""),
        ("se_interpreter", "1"), ("se_narrative", "null"), ("se_narrative", "12.5"),
    ])
    func wrongTypes(pair: (String, String)) throws {
        I.expectRefusal(I.json(answers: "{\"\(pair.0)\": \(pair.1)}"), template: try I.intake(), field: "answers.\(pair.0)")
    }

    @Test("empty or whitespace-only text", arguments: ["\"\"", "\"   \\n  \""])
    func emptyText(value: String) throws {
        I.expectRefusal(I.json(answers: "{\"se_narrative\": \(value)}"), template: try I.intake(), field: "answers.se_narrative")
    }

    @Test("short_text with a newline")
    func shortTextNewline() throws {
        I.expectRefusal(
            I.json(template: "mini", answers: "{\"q_line\": \"first \(Self.m)\\nsecond\"}"),
            template: try TemplateYAML.allKindsTemplate(), field: "answers.q_line")
    }

    @Test("an unknown option code")
    func unknownOption() throws {
        I.expectRefusal(I.json(answers: "{\"se_mode\": \"\(Self.m)\"}"), template: try I.intake(), field: "answers.se_mode")
    }

    @Test("multi_choice: a duplicate, an unknown code, an empty list, a non-code item", arguments: [
        "[\"red\", \"green\", \"red\"]", "[\"red\", \"\(Interchange.marker)\"]", "[]", "[\"red\", 4]", "\"red\"",
    ])
    func multiChoice(value: String) throws {
        I.expectRefusal(
            I.json(template: "mini", answers: "{\"q_many\": \(value)}"), template: try TemplateYAML.allKindsTemplate(),
            field: "answers.q_many")
    }

    @Test("multi_choice duplicate error does not name the code")
    func multiChoiceDuplicateMessage() throws {
        I.expectRefusal(
            I.json(template: "mini", answers: "{\"q_many\": [\"blue\", \"blue\"]}"), template: try TemplateYAML.allKindsTemplate(),
            field: "answers.q_many", notContaining: ["blue"])
    }

    @Test("a scale value out of range or not a whole number", arguments: ["0", "6", "424242", "-3", "\"3\"", "3.5"])
    func scale(value: String) throws {
        let secret = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        I.expectRefusal(
            I.json(template: "mini", answers: "{\"q_scale\": \(value)}"), template: try TemplateYAML.allKindsTemplate(),
            field: "answers.q_scale", notContaining: secret.count > 1 ? [secret] : [])
    }

    @Test("a bad month_year", arguments: ["2019-13", "19-05", "2019-00", "2019-5", "1899-12", "2200-01", "2019-05-01", "2019/05", "May 2019"])
    func badMonthYear(text: String) throws {
        #expect(!AnswerValidator.isMonthYear(text))
        I.expectRefusal(
            I.json(template: "mini", answers: "{\"q_month\": \"\(text)\"}"), template: try TemplateYAML.allKindsTemplate(),
            field: "answers.q_month", notContaining: [text])
    }

    @Test("a month_year given as a number")
    func monthYearNumber() throws {
        I.expectRefusal(
            I.json(template: "mini", answers: "{\"q_month\": 201905}"), template: try TemplateYAML.allKindsTemplate(),
            field: "answers.q_month", notContaining: ["201905"])
    }

    @Test("number_band: a number outside every band, an unknown code, a decimal", arguments: [
        "987654", "-1", "11", "\"\(Interchange.marker)\"", "\"5-9\"", "2.5",
    ])
    func numberBand(value: String) throws {
        let secret = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        I.expectRefusal(
            I.json(template: "mini", answers: "{\"q_band\": \(value)}"), template: try TemplateYAML.allKindsTemplate(),
            field: "answers.q_band", notContaining: secret.count > 2 ? [secret] : [])
    }

    @Test("a bad status object", arguments: [
        "{\"status\": \"\(Interchange.marker)\"}", "{\"status\": \"skipped\", \"note\": \"\(Interchange.marker)\"}", "{}",
        "{\"status\": true}", "{\"state\": \"skipped\"}",
    ])
    func badStatus(value: String) throws {
        I.expectRefusal(I.json(answers: "{\"se_purpose\": \(value)}"), template: try I.intake(), field: "answers.se_purpose")
    }

    @Test("answers that are not an object")
    func answersNotObject() throws {
        I.expectRefusal(I.json(answers: "[\"\(Self.m)\"]"), template: try I.intake(), field: "answers")
    }

    // MARK: top level

    @Test("an unknown top-level key")
    func unknownTopLevelKey() throws {
        I.expectRefusal(I.json(extra: "\"notes\": \"\(Self.m)\""), template: try I.intake(), field: "notes")
    }

    @Test("a wrong template_version (value must not be echoed)")
    func wrongVersion() throws {
        let template = try I.intake()
        // The field is named…
        I.expectRefusal(I.json(extra: "\"template_version\": 424242"), template: template, field: "template_version", notContaining: [])
        I.expectRefusal(I.json(extra: "\"template_version\": \"1\""), template: template, field: "template_version")
        // …but the reason quotes the version given, unlike every other refusal.
        I.expectRefusal(I.json(extra: "\"template_version\": 424242"), template: template, field: "template_version", notContaining: ["424242"])
    }

    @Test("an unknown language", arguments: ["\"\(Interchange.marker)\"", "\"de\"", "\"EN\"", "7"])
    func unknownLanguage(value: String) throws {
        I.expectRefusal(I.json(extra: "\"language\": \(value)"), template: try I.intake(), field: "language")
    }

    // MARK: consent

    @Test("an unknown consent scope")
    func unknownScope() throws {
        I.expectRefusal(I.json(extra: "\"consent\": {\"newsletter\": true}"), template: try I.intake(), field: "consent.newsletter")
    }

    @Test("a consent value that is not true or false", arguments: ["\"\(Interchange.marker)\"", "\"yes\"", "1", "null", "{\"granted\": true}"])
    func nonBoolConsent(value: String) throws {
        I.expectRefusal(I.json(extra: "\"consent\": {\"research_corpus\": \(value)}"), template: try I.intake(), field: "consent.research_corpus")
    }

    @Test("consent that is not an object")
    func consentNotObject() throws {
        I.expectRefusal(I.json(extra: "\"consent\": [\"research_corpus\"]"), template: try I.intake(), field: "consent")
    }

    // MARK: identifiers

    @Test("an identifier with a bad kind, at the index it has")
    func badIdentifierKind() throws {
        let identifiers = "[{\"kind\": \"place\", \"value\": \"Exampletown\"}, {\"kind\": \"\(Self.m)\", \"value\": \"x\"}]"
        I.expectRefusal(I.json(extra: "\"identifiers\": \(identifiers)"), template: try I.intake(), field: "identifiers[1].kind")
        I.expectRefusal(I.json(extra: "\"identifiers\": [{\"value\": \"x\"}]"), template: try I.intake(), field: "identifiers[0].kind")
    }

    @Test("a role on something that is not a person")
    func roleOnNonPerson() throws {
        let identifiers = "[{\"kind\": \"place\", \"value\": \"Town \(Self.m)\", \"role\": \"survivor\"}]"
        I.expectRefusal(I.json(extra: "\"identifiers\": \(identifiers)"), template: try I.intake(), field: "identifiers[0].role")
    }

    @Test("an unknown role")
    func unknownRole() throws {
        let identifiers = "[{\"kind\": \"person\", \"value\": \"Someone\", \"role\": \"\(Self.m)\"}]"
        I.expectRefusal(I.json(extra: "\"identifiers\": \(identifiers)"), template: try I.intake(), field: "identifiers[0].role")
    }

    @Test("an empty or missing identifier value", arguments: ["\"value\": \"\"", "\"value\": \"  \\t \"", "\"value\": 12", "\"other\": 1"])
    func emptyIdentifierValue(member: String) throws {
        let field = member.contains("other") ? "identifiers[0].other" : "identifiers[0].value"
        I.expectRefusal(I.json(extra: "\"identifiers\": [{\"kind\": \"person\", \(member)}]"), template: try I.intake(), field: field)
    }

    @Test("an unknown key in an identifier")
    func unknownIdentifierKey() throws {
        let identifiers = "[{\"kind\": \"person\", \"value\": \"Someone\", \"note\": \"\(Self.m)\"}]"
        I.expectRefusal(I.json(extra: "\"identifiers\": \(identifiers)"), template: try I.intake(), field: "identifiers[0].note")
    }

    @Test("identifiers that are not a list of objects")
    func identifiersShape() throws {
        I.expectRefusal(I.json(extra: "\"identifiers\": {\"kind\": \"person\"}"), template: try I.intake(), field: "identifiers")
        I.expectRefusal(I.json(extra: "\"identifiers\": [\"\(Self.m)\"]"), template: try I.intake(), field: "identifiers[0]")
    }

    // MARK: leaks across the whole error

    @Test("a refusal after valid answers does not echo the valid answers either")
    func noEchoOfOtherAnswers() throws {
        let answers = "{\"se_narrative\": \"Calm. \(Self.m)\", \"se_mode\": \"\(Self.m)-mode\"}"
        I.expectRefusal(I.json(answers: answers), template: try I.intake(), field: "answers.se_mode")
    }
}
