public import Foundation
public import TestimonyModel
public import TestimonyTemplates

/// Import and export of whole testimonies in the interchange format.
public enum Interchange {
    /// Validates a JSON or YAML document against its template and stores it in one transaction.
    /// Any invalid field fails the whole import and nothing is stored.
    /// - Returns: the new testimony id.
    public static func importDocument(_ data: Data, catalog: TemplateCatalog, vault: UnlockedVault) throws -> String {
        let document = try validate(data, catalog: catalog)
        return try vault.create(document, status: .complete, position: InterviewStep.steps(for: try catalog.template(document.templateID)).count)
    }

    /// Parses and validates a document without storing it.
    public static func validate(_ data: Data, catalog: TemplateCatalog) throws -> TestimonyDocument {
        let object = try InterchangeCodec.decode(data)
        let template = try catalog.template(try InterchangeCodec.templateID(of: object))
        return try InterchangeCodec.document(from: object, template: template, today: Day.today())
    }

    /// A testimony in the interchange format.
    public static func export(_ id: String, format: InterchangeFormat, vault: UnlockedVault) throws -> String {
        try InterchangeCodec.encode(try vault.load(id).document, format: format)
    }
}
