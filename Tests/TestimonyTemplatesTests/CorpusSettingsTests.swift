import Foundation
import TestimonyTestSupport
import Testing
import TestimonyTemplates

/// The `corpus:` block: ladders, sensitive questions and limits, each mistake reported where it is.
@Suite("Template corpus block")
struct CorpusSettingsTests {
    typealias Y = TemplateYAML

    static let questions = Y.story + """
              - id: q_band
                kind: number_band
                label: {en: "L", fi: "L", sv: "L"}
                identifying: quasi
                publishable: true
                bands:
                  - {code: "0-9", min: 0, max: 9}
                  - {code: "10-19", min: 10, max: 19}
                  - {code: "20+", min: 20}
              - id: q_when
                kind: month_year
                label: {en: "L", fi: "L", sv: "L"}
                identifying: quasi
                publishable: true
              - id: q_yes
                kind: yes_no
                label: {en: "L", fi: "L", sv: "L"}
                identifying: none
                publishable: true
                themes: [impacts]

        """

    func yaml(_ corpus: String) -> String { Y.template(questions: Self.questions) + corpus }

    @Test func aValidBlockIsParsedWithItsLadders() throws {
        let template = try TemplateParser.parse(yaml: yaml("""
            corpus:
              k: 3
              quasi_identifiers:
                - question: q_band
                  ladder:
                    - {"0-9": "0-19", "10-19": "0-19", "20+": "20+"}
                    - {"*": "any"}
                - question: q_when
                  ladder: [year, decade]
              sensitive: [q_yes]

            """), file: Y.file)
        #expect(template.corpus.k == 3)
        #expect(template.corpus.l == CorpusSettings.defaultL)
        #expect(template.corpus.minApprovals == 1)
        #expect(template.corpus.quasiIdentifiers.map(\.question) == ["q_band", "q_when"])
        #expect(template.corpus.quasiIdentifiers[0].levels == [.map(["0-9": "0-19", "10-19": "0-19", "20+": "20+"]), .map(["*": "any"])])
        #expect(template.corpus.quasiIdentifiers[1].levels == [.year, .decade])
        #expect(template.corpus.sensitive == ["q_yes"])
        #expect(template.question("q_yes")?.themes == ["impacts"])
    }

    @Test func withoutABlockTheDefaultsHoldAndNothingIsQuasi() throws {
        let template = try TemplateParser.parse(yaml: Y.template(questions: Self.questions), file: Y.file)
        #expect(template.corpus == CorpusSettings())
        #expect(template.corpus.k == 5)
    }

    @Test func mistakesAreReportedWhereTheyAre() {
        let cases: [(String, String)] = [
            ("corpus:\n  k: 1\n", "corpus.k must be 2 or more"),
            ("corpus:\n  sensitive: [q_band]\n", "must be a publishable coded question"),
            ("corpus:\n  sensitive: [q_nope]\n", "not a question of this template"),
            ("corpus:\n  quasi_identifiers:\n    - question: q_yes\n      ladder: []\n", "identifying: quasi"),
            ("corpus:\n  quasi_identifiers:\n    - question: q_band\n      ladder:\n        - {\"0-9\": a}\n", "does not map '10-19'"),
            ("corpus:\n  quasi_identifiers:\n    - question: q_band\n      ladder:\n        - {\"0-99\": a, \"*\": b}\n", "'0-99' is not a code"),
            ("corpus:\n  quasi_identifiers:\n    - question: q_band\n      ladder: [decade]\n", "year and decade only for month_year"),
            ("corpus:\n  kk: 3\n", "unknown key 'kk'"),
        ]
        for (block, fragment) in cases {
            let problems = Y.problems(yaml(block))
            #expect(problems.contains { $0.message.contains(fragment) }, "\(fragment): \(problems)")
            #expect(problems.allSatisfy { $0.line > 24 }, "\(problems)")
        }
    }

    @Test func theShippedTemplatesDeclareTheirQuasiIdentifiers() throws {
        let catalog = try Fixtures.catalog()
        for template in catalog.templates.values {
            let quasi = template.questions.filter { $0.identifying == .quasi && $0.publishable }.map(\.id)
            #expect(Set(template.corpus.quasiIdentifiers.map(\.question)) == Set(quasi), "\(template.id)")
        }
    }
}
