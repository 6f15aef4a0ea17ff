import ArgumentParser
import Foundation
import TestimonyKit
import TestimonyTemplates

extension Testimony {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a typed transcript (JSON or YAML) as a new testimony.",
            discussion: """
                The document format is in docs/templates.md:
                  {"template": "<id>", "language": "en", "answers": {"<question id>": <value>
                   | {"status": "skipped" | "prefer_not_to_say"}}, "identifiers": [...], "consent": {...}}
                It is validated against its template first; one bad field gives an error naming the question and nothing is stored. Prints the new testimony id.
                """)

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions

        @Argument(help: ArgumentHelp("The document, or - for standard input.", valueName: "file"))
        var file: String

        func run() async throws {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let read = FileManager.default.contents(atPath: file) else {
                    throw KitError.io("cannot read \(file)")
                }
                data = read
            }
            let catalog = try templates.catalog()
            // Validate before asking for the passphrase: a bad file never costs an unlock.
            _ = try Interchange.validate(data, catalog: catalog)
            let opened = try unlock.unlock(vault)
            let id = try Interchange.importDocument(data, catalog: catalog, vault: opened)
            Console.out("\(id)\n")
            if file != "-" {
                Console.note("Imported as \(id). \(file) is still plaintext on disk: remove it when you no longer need it (e.g. shred -u).")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export a testimony in the interchange format (the survivor's or interviewer's own copy).",
            discussion: "Writes to standard output, or to the file named with --output (created 0600, never overwritten). The copy is NOT encrypted.")

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions

        @Argument(help: "Testimony id (see `testimony list`).")
        var id: String

        @Option(help: "json or yaml.")
        var format: ExportFormat = .json

        @Option(name: .shortAndLong, help: ArgumentHelp("Write to this new file instead of standard output.", valueName: "file"))
        var output: String?

        func run() async throws {
            let opened = try unlock.unlock(vault)
            let text = try Interchange.export(id, format: format.interchange, vault: opened)
            if let output {
                guard !FileManager.default.fileExists(atPath: output) else {
                    throw KitError.io("\(output) already exists; choose a new file name")
                }
                guard FileManager.default.createFile(atPath: output, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                    throw KitError.io("cannot write \(output)")
                }
                Console.note("Wrote \(output). It is an unencrypted copy: keep it safe and delete it when done.")
            } else {
                Console.out(text)
                if !Console.stdoutIsTerminal {
                    Console.note("Note: this output is an unencrypted copy of the testimony; keep it safe and delete it when done.")
                }
            }
        }
    }
}

/// `--format` of export.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, yaml

    var interchange: InterchangeFormat { self == .json ? .json : .yaml }
}
