public import Foundation
import Yams

/// Parses and validates template YAML, reporting every problem with file, line and column.
public enum TemplateParser {
    static let supportedLanguages: Set<String> = ["en", "fi", "sv"]

    /// Parses a template file.
    public static func parse(contentsOf url: URL) throws(TemplateError) -> Template {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: url.path)
        }
        return try parse(yaml: text, file: url.path)
    }

    /// Parses template YAML; `file` is used in error positions.
    public static func parse(yaml: String, file: String) throws(TemplateError) -> Template {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw TemplateError.invalid([TemplateProblem(file: file, line: 1, column: 1, message: "the file is empty")])
            }
            root = node
        } catch let error as TemplateError {
            throw error
        } catch let error as YamlError {
            throw .invalid([problem(from: error, file: file)])
        } catch {
            throw .invalid([TemplateProblem(file: file, line: 1, column: 1, message: "not valid YAML")])
        }
        var reader = NodeReader(file: file)
        let template = TemplateBuilder.build(root, reader: &reader)
        if !reader.problems.isEmpty || template == nil {
            let problems = reader.problems.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
            throw .invalid(problems.isEmpty ? [TemplateProblem(file: file, line: 1, column: 1, message: "invalid")] : problems)
        }
        return template!
    }

    static func problem(from error: YamlError, file: String) -> TemplateProblem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var what = [context.map { "\($0.text)" }, problem].compactMap { $0 }.joined(separator: ": ")
            if let start = context?.mark, start.line != mark.line || start.column != mark.column {
                what += " (it starts at \(start.line):\(start.column))"
            }
            return TemplateProblem(file: file, line: mark.line, column: mark.column, message: "YAML syntax: \(what)")
        case .reader(let problem, _, _, _):
            return TemplateProblem(file: file, line: 1, column: 1, message: "cannot read: \(problem)")
        default:
            return TemplateProblem(file: file, line: 1, column: 1, message: "not valid YAML")
        }
    }
}
