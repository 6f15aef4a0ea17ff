import ArgumentParser
import Foundation
import TestimonyKit
import TestimonyModel
import TestimonyTemplates

extension Testimony {
    struct Consent: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show or change a testimony's consent decisions.",
            discussion: """
                A survivor can change their mind at any time. Record only what they decided, dated today.

                Withdrawing research_corpus takes the testimony's excerpts and answers out of the corpus now; the next release lists them as tombstones so researchers delete their copies. Withdrawing quotes_in_reports takes out its quotable excerpts. Material already downloaded by researchers cannot be recalled, only tombstoned: tell the survivor so.
                """,
            subcommands: [Show.self, Grant.self, Withdraw.self])

        struct Show: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "List every consent scope of a testimony and its state.")
            @OptionGroup var vault: VaultOptions
            @OptionGroup var unlock: UnlockOptions
            @OptionGroup var templates: TemplateOptions
            @Argument(help: "Testimony id (see `testimony list`).") var id: String

            func run() async throws {
                let opened = try unlock.unlock(vault)
                let template = try templates.catalog().template(opened.summary(id).templateID)
                var rows = [["scope", "state", "decided", "expires"]]
                for line in try ConsentWorkflow.show(vault: opened, id: id, template: template) {
                    rows.append([line.scope, line.state, line.decidedDay ?? "-", line.expiresDay ?? "-"])
                }
                Console.out(Table.render(rows))
            }
        }

        struct Grant: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record that the survivor granted a consent scope (dated today, with the scope's expiry).")
            @OptionGroup var vault: VaultOptions
            @OptionGroup var unlock: UnlockOptions
            @OptionGroup var templates: TemplateOptions
            @Argument(help: "Testimony id.") var id: String
            @Option(help: ArgumentHelp("Consent scope id, e.g. research_corpus (see `testimony consent show ID`).", valueName: "scope"))
            var scope: String

            func run() async throws {
                let opened = try unlock.unlock(vault)
                let template = try templates.catalog().template(opened.summary(id).templateID)
                try ConsentWorkflow.grant(vault: opened, id: id, scope: scope, template: template)
                Console.out("Recorded: \(scope) granted for \(id) today.\n")
            }
        }

        struct Withdraw: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Record that the survivor withdrew consent, and take out of the corpus what it covered.",
                discussion: "With --scope, that scope only; without it, every scope (a full withdrawal of consent; the testimony itself stays in the vault: `testimony erase` destroys it).")
            @OptionGroup var vault: VaultOptions
            @OptionGroup var unlock: UnlockOptions
            @OptionGroup var templates: TemplateOptions
            @OptionGroup var corpus: CorpusOptions
            @Argument(help: "Testimony id.") var id: String
            @Option(help: ArgumentHelp("Consent scope id, e.g. research_corpus; default: every scope.", valueName: "scope"))
            var scope: String?

            func run() async throws {
                let opened = try unlock.unlock(vault)
                let template = try templates.catalog().template(opened.summary(id).templateID)
                let store = try CorpusAccess.openIfExists(at: corpus.url(vault))
                let scopes = scope.map { [$0] } ?? template.consentScopes.map(\.id)
                var records = 0
                var excerpts = 0
                for scope in scopes {
                    let taken = try ConsentWorkflow.withdraw(vault: opened, id: id, scope: scope, template: template, corpus: store)
                    records += taken.records
                    excerpts += taken.excerpts
                }
                Console.out("Recorded: \(scope ?? "every scope") withdrawn for \(id) today.\n")
                if records + excerpts > 0 {
                    Console.out("Taken out of the corpus: \(records) response set(s), \(excerpts) excerpt(s). The next `testimony corpus release` lists them as tombstones.\n")
                }
            }
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase a testimony for good (full withdrawal): crypto-shred it and take it out of the corpus.",
            discussion: """
                Takes the testimony out of the corpus (tombstoned in the next release), then destroys its data key and deletes every encrypted part, and rebuilds the vault file. Afterwards nothing can decrypt it, not even with the vault's master key or recovery key; `testimony show ID` says it was erased. Backups made before the erase still hold it under the old keys: delete or re-key them.

                Asks for confirmation: type the testimony id. In scripts, pass --yes.
                """)
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var corpus: CorpusOptions
        @Argument(help: "Testimony id.") var id: String
        @Flag(help: "Do not ask for confirmation.") var yes = false

        func run() async throws {
            let opened = try unlock.unlock(vault)
            if !yes {
                guard let answer = SecretInput.ask("This cannot be undone. Type the testimony id (\(id)) to erase it: "), answer == id else {
                    throw KitError.io("not erased: the id typed did not match (use --yes in scripts)")
                }
            }
            let store = try CorpusAccess.openIfExists(at: corpus.url(vault))
            let taken = try EraseWorkflow.erase(vault: opened, id: id, corpus: store)
            if taken.records + taken.excerpts > 0 {
                Console.out("Taken out of the corpus: \(taken.records) response set(s), \(taken.excerpts) excerpt(s).\n")
            }
            Console.out("Erased \(id): its key is destroyed and nothing can decrypt it.\n")
        }
    }
}
