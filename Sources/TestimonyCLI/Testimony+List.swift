import ArgumentParser
import Foundation
import TestimonyKit
import TestimonyTemplates

extension Testimony {
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List testimonies: ids, template, status and dates (never content).")

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions

        func run() async throws {
            let opened = try unlock.unlock(vault)
            let rows = try opened.list()
            if rows.isEmpty {
                Console.out("No testimonies yet. Record one with `testimony record --template ID`.\n")
                return
            }
            let header = ["ID", "TEMPLATE", "STATUS", "CREATED", "UPDATED"]
            let lines = rows.map { [$0.id, "\($0.templateID) v\($0.templateVersion)", $0.status.rawValue, $0.createdDay, $0.updatedDay] }
            Console.out(Table.render([header] + lines))
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a testimony, decrypted, on the terminal.",
            discussion: "Nothing is written to disk. Use `testimony export` for a copy in a file.")

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions

        @Argument(help: "Testimony id (see `testimony list`).")
        var id: String

        func run() async throws {
            let opened = try unlock.unlock(vault)
            let stored = try opened.load(id)
            let template = (try? templates.catalog()).flatMap { $0.templates[stored.summary.templateID] }
                .flatMap { $0.version == stored.summary.templateVersion ? $0 : nil }
            Console.out(TestimonyRenderer.render(stored, template: template))
            if let publication = try opened.loadPublication(id) {
                let why = publication.reasons.isEmpty ? "" : ": " + publication.reasons.joined(separator: "; ")
                Console.out("\nCorpus: \(publication.phase.rawValue) (\(publication.month))\(why)\n")
            }
        }
    }
}
