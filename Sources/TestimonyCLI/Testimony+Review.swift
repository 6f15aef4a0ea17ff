import ArgumentParser
import Foundation
import TestimonyKit
import TestimonyRedaction
import TestimonyTemplates

extension Testimony {
    struct Review: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Review draft excerpts: accept, restore false positives, redact missed terms, trim, reject.",
            discussion: """
                Shows each draft excerpt with its redactions highlighted (colour on a terminal), the words hidden behind each placeholder, and a residual-risk list (capitalised words, numbers, rare words left in). At the prompt:
                  a          approve the excerpt
                  x          reject it (it will never be published)
                  u N        restore redaction N (a false positive)
                  r TEXT     redact a missed term (also "r person: Name"); it becomes a known identifier and redaction re-runs
                  t          trim to a passage (asks for its first and last words)
                  s          skip for now;  q  stop (decisions so far are saved)
                Approvals are recorded with the reviewer's name and time. Nothing is publishable until approved.

                Scripted form: --decisions FILE (YAML or JSON), e.g.
                  reviewer: "R. Reviewer"
                  excerpts:
                    - {question: wh_narrative, redact: ["person: Kuusela"], unredact: ["Rose"], decision: approve}
                """)

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions

        @Argument(help: "Testimony id (see `testimony list`).")
        var id: String

        @Option(help: ArgumentHelp("Apply the decisions in this file instead of asking.", valueName: "file"))
        var decisions: String?

        @Option(help: "Reviewer's name (asked when missing on a terminal).")
        var reviewer: String?

        @Option(help: ArgumentHelp("Redaction policy (YAML); default: redaction-policy.yaml in the vault directory, else the shipped policy.", valueName: "file"))
        var policy: String?

        func run() async throws {
            let policy = try RedactionSetup.policy(file: self.policy, vaultDirectory: vault.url)
            let catalog = try templates.catalog()
            if let decisions {
                guard let data = FileManager.default.contents(atPath: decisions) else { throw KitError.io("cannot read \(decisions)") }
                var parsed = try YAMLDocument.decode(ReviewDecisions.self, from: data, file: decisions)
                if let reviewer { parsed.reviewer = reviewer }
                let opened = try unlock.unlock(vault)
                let state = try RedactionWorkflow.review(vault: opened, id: id, catalog: catalog, policy: policy, decisions: parsed)
                Console.out(ReviewScreen.summary(state, id: id))
                return
            }
            guard Console.stdinIsTerminal else {
                throw ValidationError("review asks questions on a terminal; in scripts use --decisions FILE")
            }
            let opened = try unlock.unlock(vault)
            var screen = ReviewScreen(vault: opened, id: id, catalog: catalog, policy: policy, reviewer: reviewer)
            try screen.run()
        }
    }
}
