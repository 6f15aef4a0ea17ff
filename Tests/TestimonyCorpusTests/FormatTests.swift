import Foundation
import Testing
import TestimonyCorpus
import TestimonyModel

@Suite struct FormatTests {
    @Test func excerptLineUsesTheDocumentedKeys() throws {
        let record = CorpusRecord(
            id: "rs-x", template: "t", templateVersion: 1, language: "fi", quasi: ["ay_age_band": "25-44"],
            answers: [], excerpts: [CorpusExcerpt(id: "ex-y", question: "q", themes: ["a"], quotable: false, text: "[PERSON 1] said", policyVersion: 1)])
        let line = ReleasedExcerpt(record.excerpts[0], of: record, release: "r0001")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(line), as: UTF8.self)
        #expect(json.contains(#""excerpt_id":"ex-y""#))
        #expect(json.contains(#""template_version":1"#))
        #expect(json.contains(#""policy_version":1"#))
        #expect(!json.contains("rs-x"))
    }
}
