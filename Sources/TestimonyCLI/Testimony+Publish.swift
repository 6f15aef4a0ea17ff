import ArgumentParser
import Foundation
import TestimonyKit
import TestimonyRedaction

extension Testimony {
    struct Publish: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Publish a reviewed, consented testimony's approved excerpts and coded answers to the corpus.",
            discussion: """
                The last gate before anything becomes public. It refuses, saying what is wrong and how to fix it, unless:
                  - research_corpus consent is granted and has not lapsed (and quotes_in_reports for excerpts marked quotable);
                  - every excerpt was approved in review, by at least the template's min_approvals reviewers, under the current redaction policy;
                  - the survivor approved every excerpt themselves, if they chose survivor_reviews_excerpts.
                Then disclosure control: over the quasi-identifiers the template declares, every class of testimonies sharing the same generalised values must have at least k members (default 5) with at least ℓ different answers to each sensitive question (default 2). If not, the whole corpus is generalised one ladder step further, or the testimony is held back in a queue that is re-checked on every publish (`testimony list` shows it as held). Nothing is generalised or held silently: the output says what happened.

                --dry-run prints the full risk report (classes, sizes, diversity, what would be generalised) and changes nothing.

                The corpus never receives originals, identifiers, the redaction map or the testimony id: only random ids, generalised metadata, coded answers and the approved redacted text.
                """)

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions
        @OptionGroup var corpus: CorpusOptions

        @Argument(help: "Testimony id (see `testimony list`).")
        var id: String

        @Flag(help: "Print the risk report and what would happen; change nothing.")
        var dryRun = false

        @Option(help: ArgumentHelp("Redaction policy (YAML); default: redaction-policy.yaml in the vault directory, else the shipped policy.", valueName: "file"))
        var policy: String?

        func run() async throws {
            let policy = try RedactionSetup.policy(file: self.policy, vaultDirectory: vault.url)
            let catalog = try templates.catalog()
            let opened = try unlock.unlock(vault)
            let url = corpus.url(vault)
            let dryRun = self.dryRun
            let result = try PublishWorkflow.publish(
                vault: opened, id: id, catalog: catalog, policy: policy,
                openCorpus: { dryRun ? try (CorpusAccess.openIfExists(at: url) ?? CorpusAccess.inMemory()) : try CorpusAccess.openOrCreate(at: url) },
                dryRun: dryRun)
            if dryRun {
                Console.out(result.report)
                Console.out(summary(result, verb: "Would publish"))
                Console.out("Dry run: nothing was changed.\n")
                return
            }
            if result.raisedLevels { Console.out(result.report) }
            Console.out(summary(result, verb: "Published"))
        }

        func summary(_ result: PublishResult, verb: String) -> String {
            var text = ""
            if result.published.isEmpty {
                text += "\(verb) nothing yet.\n"
            } else {
                text += "\(verb) \(result.published.count) testimon\(result.published.count == 1 ? "y" : "ies") (\(result.published.joined(separator: ", "))): \(result.excerpts) excerpt(s), \(result.answers) coded answer(s), to \(corpus.url(vault).path).\n"
            }
            if result.raisedLevels {
                text += "The corpus was generalised one or more ladder steps (see the levels above); records already published were coarsened too.\n"
            }
            for (heldID, reason) in result.held {
                text += "Held back: \(heldID): \(reason). It waits in the queue and is re-checked on every publish.\n"
            }
            return text
        }
    }
}
