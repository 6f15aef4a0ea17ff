import ArgumentParser
import Foundation
import TestimonyKit
import TestimonyRedaction
import TestimonyTemplates

extension Testimony {
    struct Redact: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draft redacted excerpts from a testimony's publishable answers (stored encrypted).",
            discussion: """
                Runs the redaction pipeline on every publishable text answer, with the testimony's identifiers list as known identifiers, and stores the draft excerpts and the redaction map in the vault, encrypted. The map links placeholders back to real names: it never leaves the vault. Next: `testimony review ID`.
                """)

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions

        @Argument(help: "Testimony id (see `testimony list`).")
        var id: String

        @Option(help: ArgumentHelp("Redaction policy (YAML); default: redaction-policy.yaml in the vault directory, else the shipped policy.", valueName: "file"))
        var policy: String?

        func run() async throws {
            let policy = try RedactionSetup.policy(file: self.policy, vaultDirectory: vault.url)
            let catalog = try templates.catalog()
            let opened = try unlock.unlock(vault)
            let state = try RedactionWorkflow.redact(vault: opened, id: id, catalog: catalog, policy: policy)
            let spans = state.excerpts.reduce(0) { $0 + $1.spans.count }
            Console.out("Drafted \(state.excerpts.count) excerpt(s) with \(spans) redaction(s) for \(id) (policy v\(policy.version)). Review them with: testimony review \(id)\n")
        }
    }
}
