public import Foundation
public import TestimonyModel
import Yams

/// Reads and writes the interchange format (docs/templates.md) and validates it against a template.
public enum InterchangeCodec {
    static let topKeys: Set<String> = ["template", "template_version", "language", "answers", "identifiers", "consent"]

    /// Decodes JSON or YAML (JSON when the first non-space byte is `{`) into a generic value.
    public static func decode(_ data: Data) throws(TemplateError) -> [String: InterchangeValue] {
        let first = data.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
        let value: InterchangeValue
        do {
            if first == UInt8(ascii: "{") {
                value = try JSONDecoder().decode(InterchangeValue.self, from: data)
            } else {
                guard let text = String(data: data, encoding: .utf8) else { throw TemplateError.malformedDocument("not UTF-8 text") }
                value = try YAMLDecoder().decode(InterchangeValue.self, from: text)
            }
        } catch let error as TemplateError {
            throw error
        } catch {
            throw .malformedDocument(first == UInt8(ascii: "{") ? "not valid JSON" : "not valid JSON or YAML")
        }
        guard case .object(let object) = value else { throw .malformedDocument("the top level must be an object") }
        return object
    }

    /// The `template` id named by a decoded document.
    public static func templateID(of object: [String: InterchangeValue]) throws(TemplateError) -> String {
        guard case .string(let id)? = object["template"] else {
            throw .invalidDocument(field: "template", reason: "required: the id of the template the answers belong to")
        }
        return id
    }

    /// Validates a decoded document against `template`; the first problem found is thrown, naming its
    /// question or field (never its value). Consent decisions are dated `today`.
    public static func document(
        from object: [String: InterchangeValue], template: Template, today: String
    ) throws(TemplateError) -> TestimonyDocument {
        for key in object.keys.sorted() where !topKeys.contains(key) {
            throw .invalidDocument(field: key, reason: "unknown field (expected: \(topKeys.sorted().joined(separator: ", ")))")
        }
        if let version = object["template_version"] {
            guard case .int(let v) = version else { throw .invalidDocument(field: "template_version", reason: "must be a whole number") }
            guard v == template.version else {
                throw .invalidDocument(
                    field: "template_version", reason: "the document is for another version of the template (installed: version \(template.version))")
            }
        }
        var language = template.languages[0]
        if let lang = object["language"] {
            guard case .string(let l) = lang, template.languages.contains(l) else {
                throw .invalidDocument(field: "language", reason: "must be one of \(template.languages.joined(separator: ", "))")
            }
            language = l
        }
        var doc = TestimonyDocument(templateID: template.id, templateVersion: template.version, language: language)
        if let answers = object["answers"] {
            guard case .object(let map) = answers else { throw .invalidDocument(field: "answers", reason: "must be an object") }
            for (id, value) in map.sorted(by: { $0.key < $1.key }) {
                guard let question = template.question(id) else {
                    throw .invalidDocument(field: "answers.\(id)", reason: "no such question in template \(template.id)")
                }
                doc.answers[id] = try AnswerValidator.answer(value, for: question)
            }
        }
        if let identifiers = object["identifiers"] {
            doc.identifiers = try parseIdentifiers(identifiers)
        }
        if let consent = object["consent"] {
            guard case .object(let map) = consent else { throw .invalidDocument(field: "consent", reason: "must be an object") }
            for (scopeID, value) in map.sorted(by: { $0.key < $1.key }) {
                guard let scope = template.scope(scopeID) else {
                    throw .invalidDocument(
                        field: "consent.\(scopeID)",
                        reason: "no such scope (expected one of: \(template.consentScopes.map(\.id).joined(separator: ", ")))")
                }
                guard case .bool(let granted) = value else {
                    throw .invalidDocument(field: "consent.\(scopeID)", reason: "must be true or false")
                }
                doc.consent[scopeID] = ConsentDecision.decided(granted, scope: scope, today: today)
            }
        }
        return doc
    }

    static func parseIdentifiers(_ value: InterchangeValue) throws(TemplateError) -> [Identifier] {
        guard case .array(let items) = value else { throw .invalidDocument(field: "identifiers", reason: "must be a list") }
        var result: [Identifier] = []
        for (index, item) in items.enumerated() {
            let field = "identifiers[\(index)]"
            guard case .object(let map) = item else { throw .invalidDocument(field: field, reason: "must be an object") }
            for key in map.keys.sorted() where !["kind", "value", "role"].contains(key) {
                throw .invalidDocument(field: "\(field).\(key)", reason: "unknown field (expected kind, value, role)")
            }
            guard case .string(let kindRaw)? = map["kind"], let kind = Identifier.Kind(rawValue: kindRaw) else {
                let kinds = Identifier.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                throw .invalidDocument(field: "\(field).kind", reason: "required, one of: \(kinds)")
            }
            guard case .string(let text)? = map["value"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw .invalidDocument(field: "\(field).value", reason: "required, a non-empty text")
            }
            var role: Identifier.Role?
            if let roleValue = map["role"] {
                guard case .string(let raw) = roleValue, let r = Identifier.Role(rawValue: raw) else {
                    let roles = Identifier.Role.allCases.map(\.rawValue).joined(separator: ", ")
                    throw .invalidDocument(field: "\(field).role", reason: "one of: \(roles)")
                }
                guard kind == .person else {
                    throw .invalidDocument(field: "\(field).role", reason: "only people have a role")
                }
                role = r
            }
            result.append(Identifier(kind: kind, value: text, role: role))
        }
        return result
    }

    /// Encodes a document in the interchange format.
    public static func encode(_ doc: TestimonyDocument, format: InterchangeFormat) throws(TemplateError) -> String {
        var answers: [String: InterchangeValue] = [:]
        for (id, answer) in doc.answers { answers[id] = interchangeValue(answer) }
        let identifiers: [InterchangeValue] = doc.identifiers.map { identifier in
            var map: [String: InterchangeValue] = ["kind": .string(identifier.kind.rawValue), "value": .string(identifier.value)]
            if let role = identifier.role { map["role"] = .string(role.rawValue) }
            return .object(map)
        }
        var consent: [String: InterchangeValue] = [:]
        for (scope, decision) in doc.consent { consent[scope] = .bool(decision.granted) }
        let value = InterchangeValue.object([
            "template": .string(doc.templateID), "template_version": .int(doc.templateVersion),
            "language": .string(doc.language), "answers": .object(answers), "identifiers": .array(identifiers),
            "consent": .object(consent),
        ])
        do {
            switch format {
            case .json:
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
            case .yaml:
                let encoder = YAMLEncoder()
                encoder.options.sortKeys = true
                encoder.options.allowUnicode = true
                return try encoder.encode(value)
            }
        } catch {
            throw .malformedDocument("could not encode the document")
        }
    }

    /// The interchange form of one answer.
    public static func interchangeValue(_ answer: Answer) -> InterchangeValue {
        switch answer {
        case .text(let v), .code(let v), .monthYear(let v): .string(v)
        case .codes(let v): .array(v.map { .string($0) })
        case .integer(let v): .int(v)
        case .bool(let v): .bool(v)
        case .skipped: .object(["status": .string("skipped")])
        case .preferNotToSay: .object(["status": .string("prefer_not_to_say")])
        }
    }
}
