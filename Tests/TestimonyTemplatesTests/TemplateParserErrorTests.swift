import Foundation
import Testing
import TestimonyTemplates

/// Template validation: every problem is reported at the exact line and column of its cause.
@Suite("Template parser error positions")
struct TemplateParserErrorTests {
    typealias Y = TemplateYAML

    /// The single problem of `yaml`, checked to be at `line`:`column` and to mention `fragment`.
    func expectOneProblem(
        _ yaml: String, line: Int, column: Int, mentioning fragment: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let problems = Y.problems(yaml)
        #expect(problems.count == 1, "problems: \(problems)", sourceLocation: sourceLocation)
        guard let problem = problems.first else { return }
        #expect(problem.file == Y.file, sourceLocation: sourceLocation)
        #expect(problem.line == line, "\(problem)", sourceLocation: sourceLocation)
        #expect(problem.column == column, "\(problem)", sourceLocation: sourceLocation)
        #expect(problem.message.contains(fragment), "\(problem)", sourceLocation: sourceLocation)
    }

    @Test("the minimal template used below is valid")
    func baselineIsValid() throws {
        let template = try TemplateParser.parse(yaml: Y.template(questions: Y.story), file: Y.file)
        #expect(template.id == "mini")
        #expect(template.questions.map(\.id) == ["q_story"])
        let kinds = try Y.allKindsTemplate()
        #expect(kinds.questions.map(\.kind.rawValue) == ["long_text", "short_text", "single_choice", "multi_choice", "scale", "number_band", "month_year", "yes_no", "short_text"])
    }

    @Test("a YAML indentation error points at the offending ':'")
    func yamlBadIndentation() {
        // Line 2 is indented, so it continues the plain scalar of line 1 and its ':' is illegal.
        let yaml = "id: mini\n  version: 1\nlanguages: [en]\n"
        expectOneProblem(yaml, line: 2, column: 10, mentioning: "YAML syntax")
    }

    @Test("an unclosed quote is a YAML syntax error at the end of the input")
    func yamlUnclosedQuote() {
        let yaml = "id: mini\ntitle: \"unclosed\nversion: 1\n"
        expectOneProblem(yaml, line: 4, column: 1, mentioning: "quoted scalar")
    }

    @Test("an unknown question kind points at the kind value")
    func unknownKind() {
        let yaml = Y.template(questions: Y.story.replacingOccurrences(of: "kind: long_text", with: "kind: long_txt"))
        expectOneProblem(yaml, line: 25, column: 15, mentioning: "unknown kind 'long_txt'")
    }

    @Test("a label without its fi text points at the label mapping")
    func missingFinnishLabel() {
        let yaml = Y.template(questions: Y.story.replacingOccurrences(
            of: "label: {en: \"L\", fi: \"L\", sv: \"L\"}", with: "label: {en: \"L\", sv: \"L\"}"))
        expectOneProblem(yaml, line: 26, column: 16, mentioning: "no 'fi' text")
    }

    @Test("a misspelt key points at the key (and the missing key at its question)")
    func unknownKeyTypo() {
        let yaml = Y.template(questions: Y.story.replacingOccurrences(of: "publishable: true", with: "publishabel: true"))
        let problems = Y.problems(yaml)
        #expect(problems.count == 2, "\(problems)")
        let typo = problems.first { $0.message.contains("unknown key 'publishabel'") }
        #expect(typo?.line == 28)
        #expect(typo?.column == 9)
        let missing = problems.first { $0.message.contains("missing 'publishable'") }
        #expect(missing?.line == 24)
        #expect(missing?.column == 9)
    }

    @Test("a duplicate question id points at the second question")
    func duplicateQuestionID() {
        let second = """
                  - id: q_story
                    kind: short_text
                    label: {en: "L", fi: "L", sv: "L"}
                    identifying: none
                    publishable: true

            """
        expectOneProblem(Y.template(questions: Y.story + second), line: 29, column: 9, mentioning: "'q_story' is used twice")
    }

    @Test("identifying: direct with publishable: true points at the publishable value")
    func directAndPublishable() {
        let yaml = Y.template(questions: Y.story.replacingOccurrences(of: "identifying: none", with: "identifying: direct"))
        expectOneProblem(yaml, line: 28, column: 22, mentioning: "never be publishable")
    }

    @Test("a section whose first question is not long_text points at that question")
    func firstQuestionNotLongText() {
        let yaml = Y.template(questions: Y.story.replacingOccurrences(of: "kind: long_text", with: "kind: short_text"))
        expectOneProblem(yaml, line: 24, column: 9, mentioning: "must be long_text")
    }

    @Test("overlapping bands point at the second band")
    func overlappingBands() {
        let band = """
                  - id: q_band
                    kind: number_band
                    label: {en: "L", fi: "L", sv: "L"}
                    identifying: quasi
                    publishable: true
                    bands:
                      - {code: "a", min: 0, max: 5}
                      - {code: "b", min: 5, max: 9}

            """
        expectOneProblem(Y.template(questions: Y.story + band), line: 36, column: 13, mentioning: "overlaps band 'a'")
    }

    @Test("an open-ended band overlapping a later band is caught")
    func openEndedBandOverlap() {
        let band = """
                  - id: q_band
                    kind: number_band
                    label: {en: "L", fi: "L", sv: "L"}
                    identifying: quasi
                    publishable: true
                    bands:
                      - {code: "10+", min: 10}
                      - {code: "100-200", min: 100, max: 200}

            """
        expectOneProblem(Y.template(questions: Y.story + band), line: 36, column: 13, mentioning: "overlaps band '10+'")
    }

    @Test("a scale with min >= max points at the scale mapping", arguments: [(5, 5), (5, 3)])
    func scaleMinNotBelowMax(bounds: (Int, Int)) {
        let scale = """
                  - id: q_scale
                    kind: scale
                    label: {en: "L", fi: "L", sv: "L"}
                    identifying: none
                    publishable: true
                    scale: {min: \(bounds.0), max: \(bounds.1)}

            """
        expectOneProblem(Y.template(questions: Y.story + scale), line: 34, column: 16, mentioning: "must be below max")
    }

    @Test("a missing required consent scope points at the consent mapping")
    func missingConsentScope() {
        let header = Y.header.replacingOccurrences(
            of: "    - id: follow_up_contact\n      label: {en: \"d\", fi: \"d\", sv: \"d\"}\n", with: "")
        #expect(header != Y.header)
        expectOneProblem(header + Y.story, line: 9, column: 3, mentioning: "missing the required scope 'follow_up_contact'")
    }

    @Test("several problems are all reported, sorted by position")
    func severalProblemsSorted() throws {
        // Found in this order: the unknown top-level key (line 29), the title (line 4), the kind (line 25).
        let yaml = Y.template(questions: Y.story.replacingOccurrences(of: "kind: long_text", with: "kind: essay") + "extra_key: 1\n")
            .replacingOccurrences(of: "title: {en: \"T\", fi: \"T\", sv: \"T\"}", with: "title: {en: \"T\", sv: \"T\"}")
        let problems = Y.problems(yaml)
        #expect(problems.count == 3, "\(problems)")
        #expect(problems.map(\.line) == [4, 25, 29])
        #expect(problems.map(\.column) == [8, 15, 1])
        let positions = problems.map { [$0.line, $0.column] }
        #expect(positions == positions.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(problems.last?.message.contains("unknown key 'extra_key'") == true)
    }

    @Test("problems read file:line:column: message")
    func descriptionFormat() throws {
        let yaml = Y.template(questions: Y.story)
            .replacingOccurrences(of: "title: {en: \"T\", fi: \"T\", sv: \"T\"}", with: "title: {en: \"T\", sv: \"T\"}")
        let error = #expect(throws: TemplateError.self) { try TemplateParser.parse(yaml: yaml, file: "dir/mini.yaml") }
        guard case .invalid(let problems)? = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
        let problem = try #require(problems.first)
        #expect(problem.description == "dir/mini.yaml:4:8: title has no 'fi' text")
        #expect(error?.description == "invalid template:\n  dir/mini.yaml:4:8: title has no 'fi' text")
    }

    @Test("an empty file is one problem at 1:1")
    func emptyFile() {
        expectOneProblem("", line: 1, column: 1, mentioning: "empty")
    }
}
