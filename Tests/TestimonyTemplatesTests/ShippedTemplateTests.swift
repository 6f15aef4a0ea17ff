import Testing
import TestimonyTemplates
import TestimonyTestSupport

/// The templates shipped in Templates/ load and follow the house rules.
@Suite("Shipped templates")
struct ShippedTemplateTests {
    static let ids = ["damages-impact", "interviewer-intake", "survivor-experience"]

    @Test("the catalogue loads all three shipped templates")
    func loads() throws {
        let catalog = try Fixtures.catalog()
        #expect(catalog.ids == Self.ids)
        for id in Self.ids {
            #expect(catalog.files[id]?.hasSuffix("/\(id).yaml") == true, "\(id)")
        }
    }

    @Test("each template is in en, fi and sv, with every text in all three", arguments: ids)
    func languages(id: String) throws {
        let template = try Interchange.catalog.get().template(id)
        #expect(template.languages == ["en", "fi", "sv"])
        var texts: [(String, LocalizedText)] = [
            ("title", template.title), ("support.start", template.supportStart), ("support.end", template.supportEnd),
        ]
        texts += template.consentScopes.map { ("scope \($0.id)", $0.label) }
        for section in template.sections {
            texts.append(("section \(section.id)", section.title))
            for q in section.questions {
                texts.append(("question \(q.id)", q.label))
                texts += q.options.map { ("option \(q.id).\($0.code)", $0.label) }
            }
        }
        for (what, text) in texts {
            for lang in ["en", "fi", "sv"] {
                #expect(!(text.values[lang] ?? "").isEmpty, "\(id): \(what) has no \(lang)")
            }
        }
    }

    @Test("each template offers the five required consent scopes", arguments: ids)
    func consentScopes(id: String) throws {
        let template = try Interchange.catalog.get().template(id)
        let scopes = Set(template.consentScopes.map(\.id))
        #expect(ConsentScope.required.count == 5)
        #expect(scopes.isSuperset(of: ConsentScope.required), "missing: \(Set(ConsentScope.required).subtracting(scopes))")
    }

    @Test("every section opens with a long_text question", arguments: ids)
    func sectionsOpenWithNarrative(id: String) throws {
        let template = try Interchange.catalog.get().template(id)
        #expect(!template.sections.isEmpty)
        for section in template.sections {
            #expect(section.questions.first?.kind == .longText, "\(id): section \(section.id)")
        }
    }

    @Test("no direct identifier is publishable and question ids are unique", arguments: ids)
    func safetyRules(id: String) throws {
        let template = try Interchange.catalog.get().template(id)
        let ids = template.questions.map(\.id)
        #expect(Set(ids).count == ids.count)
        for q in template.questions where q.identifying == .direct {
            #expect(!q.publishable, "\(id): \(q.id)")
        }
    }
}
