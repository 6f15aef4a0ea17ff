/// Errors from templates and interchange documents. Never contains answer content.
public enum TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A template file is invalid; every problem has a position.
    case invalid([TemplateProblem])
    /// A file could not be read.
    case unreadable(path: String)
    /// No template with this id in the catalogue.
    case unknownTemplate(id: String, available: [String])
    /// Two files declare the same template id.
    case duplicateTemplate(id: String, files: [String])
    /// An import document is not valid JSON or YAML or not an object.
    case malformedDocument(String)
    /// A configuration file (policy, known identifiers, review decisions) is malformed.
    case invalidConfiguration(String)
    /// An import document failed validation; names the field or question, never its value.
    case invalidDocument(field: String, reason: String)

    public var description: String {
        switch self {
        case .invalid(let problems):
            "invalid template:\n" + problems.map { "  \($0)" }.joined(separator: "\n")
        case .unreadable(let path): "cannot read \(path)"
        case .unknownTemplate(let id, let available):
            "no template '\(id)' (available: \(available.isEmpty ? "none" : available.joined(separator: ", ")))"
        case .duplicateTemplate(let id, let files): "template id '\(id)' is declared by several files: \(files.joined(separator: ", "))"
        case .malformedDocument(let why): "not a valid testimony document: \(why)"
        case .invalidConfiguration(let why): why
        case .invalidDocument(let field, let reason): "\(field): \(reason)"
        }
    }
}
