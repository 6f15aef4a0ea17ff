import Foundation

extension Template {
    /// The parsed template as JSON for other tools: sections and questions with `id` and `kind`,
    /// labels in every language, options, scales, bands and consent scopes.
    public func jsonString() -> String {
        func text(_ t: LocalizedText?) -> InterchangeValue {
            guard let t else { return .null }
            return .object(t.values.mapValues { .string($0) })
        }
        let sections: [InterchangeValue] = sections.map { section in
            .object([
                "id": .string(section.id), "title": text(section.title),
                "questions": .array(section.questions.map { q in
                    var map: [String: InterchangeValue] = [
                        "id": .string(q.id), "kind": .string(q.kind.rawValue), "label": text(q.label),
                        "identifying": .string(q.identifying.rawValue), "publishable": .bool(q.publishable),
                    ]
                    if let help = q.help { map["help"] = text(help) }
                    if !q.options.isEmpty {
                        map["options"] = .array(q.options.map { .object(["code": .string($0.code), "label": text($0.label)]) })
                    }
                    if let s = q.scale { map["scale"] = .object(["min": .int(s.min), "max": .int(s.max)]) }
                    if !q.bands.isEmpty {
                        map["bands"] = .array(q.bands.map { b in
                            .object(["code": .string(b.code), "min": .int(b.min), "max": b.max.map { .int($0) } ?? .null])
                        })
                    }
                    return .object(map)
                }),
            ])
        }
        let value = InterchangeValue.object([
            "id": .string(id), "version": .int(version), "languages": .array(languages.map { .string($0) }),
            "title": text(title), "sections": .array(sections),
            "consent_scopes": .array(consentScopes.map { s in
                .object([
                    "id": .string(s.id), "label": text(s.label),
                    "expires_after_months": s.expiresAfterMonths.map { .int($0) } ?? .null,
                ])
            }),
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}") + "\n"
    }
}
