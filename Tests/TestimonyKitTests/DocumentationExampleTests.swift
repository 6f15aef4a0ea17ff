import Foundation
import Testing
import TestimonyKit
import TestimonyModel
import TestimonyTestSupport

@Suite("Shipped examples stay valid")
struct DocumentationExampleTests {
    @Test("Examples/sample-testimony.json imports against the shipped template")
    func sampleImports() throws {
        let data = try Data(contentsOf: Fixtures.packageRoot.appendingPathComponent("Examples/sample-testimony.json"))
        let doc = try Interchange.validate(data, catalog: Fixtures.catalog())
        #expect(doc.templateID == "survivor-experience")
        #expect(doc.answers.count >= 20)
    }

    @Test("the interchange example in docs/templates.md validates")
    func docsExampleValidates() throws {
        let text = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        let block = try #require(text.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
        let doc = try Interchange.validate(Data(block.utf8), catalog: Fixtures.catalog())
        #expect(doc.answers["ay_age_band"] == .code("25-34"))
    }
}
