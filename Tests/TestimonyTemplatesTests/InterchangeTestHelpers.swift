import Foundation
import Testing
import TestimonyModel
import TestimonyTemplates
import TestimonyTestSupport

/// Decoding helpers for the interchange tests.
enum Interchange {
    static let today = "2024-03-15"
    /// A distinctive value that must never show up in an error.
    static let marker = "ZQX-MARKER-7781"

    /// The shipped catalogue, parsed once for all interchange tests.
    static let catalog = Result { try Fixtures.catalog() }

    static func intake() throws -> Template {
        try catalog.get().template("interviewer-intake")
    }

    /// Decodes JSON or YAML text and validates it against `template`.
    static func document(_ text: String, template: Template) throws(TemplateError) -> TestimonyDocument {
        let object = try InterchangeCodec.decode(Data(text.utf8))
        return try InterchangeCodec.document(from: object, template: template, today: today)
    }

    /// A JSON document for `template` with the given answers object and extra top-level members.
    static func json(template: String = "interviewer-intake", answers: String = "{}", extra: String = "") -> String {
        "{\"template\": \"\(template)\", \"answers\": \(answers)\(extra.isEmpty ? "" : ", " + extra)}"
    }

    /// The document the Fixtures.intakeDocument JSON must decode to.
    static func expectedIntake(marker: String) -> TestimonyDocument {
        TestimonyDocument(
            templateID: "interviewer-intake", templateVersion: 1, language: "en",
            answers: [
                "se_narrative": .text("A calm session in a quiet room. \(marker)"),
                "se_mode": .code("in_person"),
                "se_referral": .code("support_service"),
                "se_interpreter": .bool(false),
                "se_purpose": .preferNotToSay,
                "su_resources_offered": .bool(true),
                "su_notes": .skipped,
            ],
            identifiers: [
                Identifier(kind: .person, value: "Person \(marker)", role: .survivor),
                Identifier(kind: .place, value: "Exampletown"),
            ],
            consent: [
                // research_corpus lapses after 60 months; follow_up_contact was refused (no expiry).
                "research_corpus": ConsentDecision(granted: true, decidedDay: today, expiresDay: "2029-03-15"),
                "follow_up_contact": ConsentDecision(granted: false, decidedDay: today, expiresDay: nil),
            ])
    }

    /// Checks that `text` is refused with an invalidDocument error naming `field` and not echoing `secret`.
    static func expectRefusal(
        _ text: String, template: Template, field: String, notContaining secrets: [String] = [marker],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            let doc = try document(text, template: template)
            Issue.record("accepted: \(doc)", sourceLocation: sourceLocation)
        } catch {
            guard case .invalidDocument(let actualField, let reason) = error else {
                Issue.record("expected invalidDocument, got \(error)", sourceLocation: sourceLocation)
                return
            }
            #expect(actualField == field, "reason: \(reason)", sourceLocation: sourceLocation)
            for secret in secrets {
                #expect(!error.description.contains(secret), "\(error.description)", sourceLocation: sourceLocation)
                #expect(!String(describing: error).contains(secret), sourceLocation: sourceLocation)
            }
        }
    }
}
