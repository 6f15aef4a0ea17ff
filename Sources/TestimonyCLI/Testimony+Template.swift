import ArgumentParser
import Foundation
import TestimonyTemplates

extension Testimony {
    struct TemplateCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "template",
            abstract: "List, show and validate interview templates.",
            subcommands: [ListTemplates.self, ShowTemplate.self, ValidateTemplate.self])
    }

    struct ListTemplates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List available templates.")
        @OptionGroup var templates: TemplateOptions

        func run() async throws {
            let catalog = try templates.catalog()
            let rows = catalog.ids.compactMap { catalog.templates[$0] }.map { t in
                [t.id, "v\(t.version)", t.languages.joined(separator: ","), "\(t.questions.count) questions", t.title.text("en")]
            }
            Console.out(Table.render([["ID", "VERSION", "LANGUAGES", "SIZE", "TITLE"]] + rows))
        }
    }

    struct ShowTemplate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show", abstract: "Show a template's sections and questions (text or JSON).")
        @OptionGroup var templates: TemplateOptions

        @Argument(help: "Template id.")
        var id: String

        @Option(help: "text or json.")
        var format: OutputFormat = .text

        @Option(help: "Language for the text view: en, fi or sv.")
        var lang: String = "en"

        func run() async throws {
            let template = try templates.catalog().template(id)
            switch format {
            case .json: Console.out(template.jsonString())
            case .text: Console.out(Self.outline(template, lang: lang))
            }
        }

        static func outline(_ t: Template, lang: String) -> String {
            var out = ["\(t.title.text(lang))  (\(t.id) v\(t.version); languages \(t.languages.joined(separator: ", ")))", ""]
            out.append("Consent scopes: " + t.consentScopes.map { s in s.id + (s.expiresAfterMonths.map { " (\($0) months)" } ?? "") }.joined(separator: ", "))
            for section in t.sections {
                out.append("")
                out.append("[\(section.id)] \(section.title.text(lang))")
                for q in section.questions {
                    let flags = "\(q.identifying.rawValue)\(q.publishable ? ", publishable" : "")"
                    out.append("  \(q.id)  \(q.kind.rawValue)  (\(flags))")
                    out.append("      \(q.label.text(lang))")
                    for (i, o) in q.options.enumerated() { out.append("      \(i + 1). \(o.code): \(o.label.text(lang))") }
                    if let s = q.scale { out.append("      scale \(s.min)–\(s.max)") }
                    if !q.bands.isEmpty { out.append("      bands: " + q.bands.map(\.code).joined(separator: ", ")) }
                }
            }
            return out.joined(separator: "\n") + "\n"
        }
    }

    struct ValidateTemplate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "validate",
            abstract: "Check template files; every problem is reported as file:line:column: message.")

        @Argument(help: "Template files (YAML).")
        var files: [String]

        func run() async throws {
            var failed = false
            for file in files {
                do {
                    let t = try TemplateParser.parse(contentsOf: URL(fileURLWithPath: file))
                    Console.out("\(file): ok (\(t.id) v\(t.version), \(t.sections.count) sections, \(t.questions.count) questions)\n")
                } catch {
                    failed = true
                    switch error {
                    case .invalid(let problems): for p in problems { Console.note(p.description) }
                    default: Console.note("\(file): \(error.description)")
                    }
                }
            }
            if failed { throw ExitCode(65) }
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
