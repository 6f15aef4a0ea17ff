import Foundation
import Testing
import TestimonyTemplates
import TestimonyTestSupport

/// Loading a directory of templates.
@Suite("Template catalogue")
struct TemplateCatalogTests {
    static let valid = TemplateYAML.template(questions: TemplateYAML.story)

    @Test("yaml and yml files load; other files are ignored")
    func loadsYamlFiles() throws {
        let dir = TemporaryDirectory("catalog")
        dir.write("mini.yaml", Self.valid)
        dir.write("other.yml", Self.valid.replacingOccurrences(of: "id: mini\n", with: "id: other-one\n"))
        dir.write("README.md", "not: [a template")
        dir.write("notes.yaml.bak", "garbage: [")
        let catalog = try TemplateCatalog.load(from: dir.url)
        #expect(catalog.ids == ["mini", "other-one"])
        #expect(catalog.files["other-one"] == dir.path("other.yml").path)
        #expect(try catalog.template("mini").id == "mini")
    }

    @Test("two files with the same template id are refused")
    func duplicateIDs() throws {
        let dir = TemporaryDirectory("catalog-dup")
        dir.write("a.yaml", Self.valid)
        dir.write("b.yaml", Self.valid)
        #expect(throws: TemplateError.duplicateTemplate(id: "mini", files: [dir.path("a.yaml").path, dir.path("b.yaml").path])) {
            try TemplateCatalog.load(from: dir.url)
        }
    }

    @Test("one invalid file fails the whole load with that file's problems")
    func invalidFileFailsLoad() throws {
        let dir = TemporaryDirectory("catalog-invalid")
        dir.write("a-good.yaml", Self.valid)
        let bad = dir.write("b-bad.yaml", Self.valid.replacingOccurrences(of: "kind: long_text", with: "kind: longtext"))
        let error = #expect(throws: TemplateError.self) { try TemplateCatalog.load(from: dir.url) }
        guard case .invalid(let problems)? = error else {
            Issue.record("expected .invalid, got \(String(describing: error))")
            return
        }
        #expect(problems.count == 1)
        #expect(problems.first?.file == bad.path)
        #expect(problems.first?.line == 25)
    }

    @Test("an unknown id is refused with the list of available ids")
    func unknownID() throws {
        let dir = TemporaryDirectory("catalog-unknown")
        dir.write("mini.yaml", Self.valid)
        dir.write("second.yaml", Self.valid.replacingOccurrences(of: "id: mini\n", with: "id: second\n"))
        let catalog = try TemplateCatalog.load(from: dir.url)
        let error = #expect(throws: TemplateError.unknownTemplate(id: "nope", available: ["mini", "second"])) {
            try catalog.template("nope")
        }
        #expect(error?.description == "no template 'nope' (available: mini, second)")
    }

    @Test("the shipped catalogue lists its ids when asked for an unknown one")
    func unknownShipped() throws {
        let catalog = try Fixtures.catalog()
        let error = #expect(throws: TemplateError.self) { try catalog.template("survivor") }
        let text = error?.description ?? ""
        for id in ["damages-impact", "interviewer-intake", "survivor-experience"] {
            #expect(text.contains(id))
        }
    }

    @Test("a missing directory is unreadable; an empty one is an empty catalogue")
    func missingAndEmptyDirectory() throws {
        let dir = TemporaryDirectory("catalog-empty")
        let missing = dir.path("absent")
        #expect(throws: TemplateError.unreadable(path: missing.path)) { try TemplateCatalog.load(from: missing) }
        let empty = try TemplateCatalog.load(from: dir.url)
        #expect(empty.ids.isEmpty)
        #expect(throws: TemplateError.unknownTemplate(id: "mini", available: [])) { try empty.template("mini") }
    }
}
