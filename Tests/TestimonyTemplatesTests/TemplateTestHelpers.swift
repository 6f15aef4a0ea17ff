import Foundation
import TestimonyTemplates
import TestimonyTestSupport

/// Inline YAML for parser and interchange tests (synthetic, non-graphic).
enum TemplateYAML {
    static let file = "mini.yaml"

    /// Lines 1–23 of a valid template; `sections:` is line 20 and the first question starts on line 24.
    static let header = """
        id: mini
        version: 1
        languages: [en, fi, sv]
        title: {en: "T", fi: "T", sv: "T"}
        support:
          start: {en: "S", fi: "S", sv: "S"}
          end: {en: "E", fi: "E", sv: "E"}
        consent:
          scopes:
            - id: research_corpus
              label: {en: "a", fi: "a", sv: "a"}
            - id: damages_evidence
              label: {en: "b", fi: "b", sv: "b"}
            - id: quotes_in_reports
              label: {en: "c", fi: "c", sv: "c"}
            - id: follow_up_contact
              label: {en: "d", fi: "d", sv: "d"}
            - id: survivor_reviews_excerpts
              label: {en: "e", fi: "e", sv: "e"}
        sections:
          - id: s1
            title: {en: "S1", fi: "S1", sv: "S1"}
            questions:

        """

    /// A valid opening long_text question (5 lines: 24–28 when first).
    static let story = """
              - id: q_story
                kind: long_text
                label: {en: "L", fi: "L", sv: "L"}
                identifying: none
                publishable: true

        """

    /// A whole template: the header followed by `questions` (which start on line 24).
    static func template(questions: String) -> String {
        header + questions
    }

    /// A template with one question of every kind, for interchange tests.
    static let allKinds = template(questions: story + """
              - id: q_line
                kind: short_text
                label: {en: "L", fi: "L", sv: "L"}
                identifying: quasi
                publishable: false
              - id: q_one
                kind: single_choice
                label: {en: "L", fi: "L", sv: "L"}
                identifying: none
                publishable: true
                options:
                  - {code: "alpha", label: {en: "A", fi: "A", sv: "A"}}
                  - {code: "beta", label: {en: "B", fi: "B", sv: "B"}}
                  - {code: "yes", label: {en: "Y", fi: "Y", sv: "Y"}}
                  - {code: "1000_4999", label: {en: "N", fi: "N", sv: "N"}}
              - id: q_many
                kind: multi_choice
                label: {en: "L", fi: "L", sv: "L"}
                identifying: none
                publishable: true
                options:
                  - {code: "red", label: {en: "R", fi: "R", sv: "R"}}
                  - {code: "green", label: {en: "G", fi: "G", sv: "G"}}
                  - {code: "blue", label: {en: "B", fi: "B", sv: "B"}}
              - id: q_scale
                kind: scale
                label: {en: "L", fi: "L", sv: "L"}
                identifying: none
                publishable: true
                scale: {min: 1, max: 5}
              - id: q_band
                kind: number_band
                label: {en: "L", fi: "L", sv: "L"}
                identifying: quasi
                publishable: true
                bands:
                  - {code: "0", min: 0, max: 0}
                  - {code: "1-3", min: 1, max: 3}
                  - {code: "4-10", min: 4, max: 10}
              - id: q_month
                kind: month_year
                label: {en: "L", fi: "L", sv: "L"}
                identifying: quasi
                publishable: true
              - id: q_flag
                kind: yes_no
                label: {en: "L", fi: "L", sv: "L"}
                identifying: none
                publishable: true
              - id: q_contact
                kind: short_text
                label: {en: "L", fi: "L", sv: "L"}
                identifying: direct
                publishable: false

        """)

    /// The parsed all-kinds template.
    static func allKindsTemplate() throws -> Template {
        try TemplateParser.parse(yaml: allKinds, file: "all-kinds.yaml")
    }

    /// The problems of an invalid template (empty if it parsed).
    static func problems(_ yaml: String, file: String = file) -> [TemplateProblem] {
        do {
            _ = try TemplateParser.parse(yaml: yaml, file: file)
            return []
        } catch {
            guard case .invalid(let problems) = error else { return [] }
            return problems
        }
    }
}
