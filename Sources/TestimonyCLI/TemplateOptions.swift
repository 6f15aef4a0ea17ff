import ArgumentParser
import Foundation
import TestimonyTemplates

/// `--templates DIR`.
struct TemplateOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Templates directory.",
            discussion: "Default: $TESTIMONY_TEMPLATES, else ./Templates, else the Templates/ shipped with the tool.",
            valueName: "dir"))
    var templates: String?

    func catalog() throws -> TemplateCatalog {
        let exe = URL(fileURLWithPath: CommandLine.arguments[0])
        let dir = TemplateCatalog.locate(explicit: templates, environment: ProcessInfo.processInfo.environment, executable: exe)
        return try TemplateCatalog.load(from: dir)
    }
}
