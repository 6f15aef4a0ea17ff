import Yams

/// Builds a `Template` from a YAML node tree, checking every rule of docs/templates.md.
enum TemplateBuilder {
    static let topKeys: Set<String> = [
        "id", "version", "languages", "title", "description", "support", "consent", "sections", "identifiers", "corpus",
    ]

    static func build(_ root: Node, reader r: inout NodeReader) -> Template? {
        guard let top = r.mapping(root, "the template") else { return nil }
        r.checkKeys(top, allowed: topKeys, in: "the template")
        let id = r.identifier(r.require(top, "id", owner: root, in: "the template"), "id", allowDash: true)
        let version = r.int(r.require(top, "version", owner: root, in: "the template"), "version")
        if let version, version < 1, let node = top["version"] { r.fail(node, "version must be 1 or more") }
        let languages = parseLanguages(r.require(top, "languages", owner: root, in: "the template"), reader: &r)
        guard let languages else { return nil }
        let title = r.localized(r.require(top, "title", owner: root, in: "the template"), "title", languages: languages)
        let description = r.localized(top["description"], "description", languages: languages)

        var supportStart: LocalizedText?
        var supportEnd: LocalizedText?
        if let supportNode = r.require(top, "support", owner: root, in: "the template"),
            let support = r.mapping(supportNode, "support")
        {
            r.checkKeys(support, allowed: ["start", "end"], in: "support")
            supportStart = r.localized(r.require(support, "start", owner: supportNode, in: "support"), "support.start", languages: languages)
            supportEnd = r.localized(r.require(support, "end", owner: supportNode, in: "support"), "support.end", languages: languages)
        }

        let consent = parseConsent(r.require(top, "consent", owner: root, in: "the template"), languages: languages, reader: &r)
        let sections = parseSections(r.require(top, "sections", owner: root, in: "the template"), languages: languages, reader: &r)

        var identifiersPrompt: LocalizedText?
        if let node = top["identifiers"], let map = r.mapping(node, "identifiers") {
            r.checkKeys(map, allowed: ["prompt"], in: "identifiers")
            identifiersPrompt = r.localized(r.require(map, "prompt", owner: node, in: "identifiers"), "identifiers.prompt", languages: languages)
        }

        let corpus = CorpusSettingsBuilder.build(top["corpus"], questions: (sections ?? []).flatMap(\.questions), reader: &r)
        guard let id, let version, let title, let supportStart, let supportEnd, let consent, let sections else { return nil }
        return Template(
            id: id, version: version, languages: languages, title: title, description: description,
            supportStart: supportStart, supportEnd: supportEnd, consentIntro: consent.intro, consentScopes: consent.scopes,
            sections: sections, identifiersPrompt: identifiersPrompt, corpus: corpus)
    }

    static func parseLanguages(_ node: Node?, reader r: inout NodeReader) -> [String]? {
        guard let items = r.sequence(node, "languages") else { return nil }
        var languages: [String] = []
        for item in items {
            guard let lang = r.string(item, "a language") else { continue }
            if !TemplateParser.supportedLanguages.contains(lang) {
                r.fail(item, "language '\(lang)' is not supported (use en, fi, sv)")
            } else if languages.contains(lang) {
                r.fail(item, "language '\(lang)' is listed twice")
            } else {
                languages.append(lang)
            }
        }
        if languages.isEmpty {
            r.fail(node, "languages must list at least one of en, fi, sv")
            return nil
        }
        return languages
    }

    static func parseConsent(
        _ node: Node?, languages: [String], reader r: inout NodeReader
    ) -> (intro: LocalizedText?, scopes: [ConsentScope])? {
        guard let node, let map = r.mapping(node, "consent") else { return nil }
        r.checkKeys(map, allowed: ["intro", "scopes"], in: "consent")
        let intro = r.localized(map["intro"], "consent.intro", languages: languages)
        guard let items = r.sequence(r.require(map, "scopes", owner: node, in: "consent"), "consent.scopes") else {
            return nil
        }
        var scopes: [ConsentScope] = []
        for item in items {
            guard let m = r.mapping(item, "a consent scope") else { continue }
            r.checkKeys(m, allowed: ["id", "label", "expires_after_months"], in: "a consent scope")
            let id = r.identifier(r.require(m, "id", owner: item, in: "a consent scope"), "scope id")
            let label = r.localized(r.require(m, "label", owner: item, in: "scope \(id ?? "?")"), "label", languages: languages)
            let months = r.int(m["expires_after_months"], "expires_after_months")
            if let months, months < 1, let n = m["expires_after_months"] { r.fail(n, "expires_after_months must be 1 or more") }
            guard let id, let label else { continue }
            if scopes.contains(where: { $0.id == id }) { r.fail(item, "consent scope '\(id)' is declared twice") }
            scopes.append(ConsentScope(id: id, label: label, expiresAfterMonths: months))
        }
        for required in ConsentScope.required where !scopes.contains(where: { $0.id == required }) {
            r.fail(node, "consent is missing the required scope '\(required)'")
        }
        return (intro, scopes)
    }

    static func parseSections(_ node: Node?, languages: [String], reader r: inout NodeReader) -> [TemplateSection]? {
        guard let items = r.sequence(node, "sections") else { return nil }
        if items.isEmpty { r.fail(node, "sections must not be empty") }
        var sections: [TemplateSection] = []
        var seenQuestions: Set<String> = []
        var seenSections: Set<String> = []
        for item in items {
            guard let m = r.mapping(item, "a section") else { continue }
            r.checkKeys(m, allowed: ["id", "title", "questions"], in: "a section")
            let id = r.identifier(r.require(m, "id", owner: item, in: "a section"), "section id")
            if let id, !seenSections.insert(id).inserted { r.fail(m["id"], "section id '\(id)' is used twice") }
            let title = r.localized(r.require(m, "title", owner: item, in: "section \(id ?? "?")"), "title", languages: languages)
            let questionNodes = r.sequence(r.require(m, "questions", owner: item, in: "section \(id ?? "?")"), "questions") ?? []
            if questionNodes.isEmpty { r.fail(item, "section \(id ?? "?") has no questions") }
            var questions: [Question] = []
            for qNode in questionNodes {
                guard let q = QuestionBuilder.build(qNode, languages: languages, reader: &r) else { continue }
                if !seenQuestions.insert(q.id).inserted { r.fail(qNode, "question id '\(q.id)' is used twice") }
                if questions.isEmpty && q.kind != .longText {
                    r.fail(qNode, "the first question of section \(id ?? "?") must be long_text (free narrative first)")
                }
                questions.append(q)
            }
            guard let id, let title else { continue }
            sections.append(TemplateSection(id: id, title: title, questions: questions))
        }
        return sections
    }
}
