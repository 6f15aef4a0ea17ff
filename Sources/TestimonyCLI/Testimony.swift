import ArgumentParser
import Foundation
import TestimonyCrypto

/// `testimony`: collect, protect and read survivors' testimonies, encrypted at rest.
@main
struct Testimony: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "testimony",
        abstract: "Collect survivors' testimonies from templates and keep them encrypted at rest.",
        discussion: """
            Everything is stored encrypted in a vault directory. Every command takes --vault DIR; without it the vault is $TESTIMONY_VAULT, else $XDG_DATA_HOME/testimony/vault, else ~/.local/share/testimony/vault.

            Passphrases are read from the terminal without echo, or from --passphrase-file PATH / --passphrase-fd N in scripts; never from an argument.

            Start with:  testimony init      then  testimony record --template survivor-experience
            """,
        version: "0.1.0",
        subcommands: [
            Init.self, Record.self, Resume.self, List.self, Show.self, Import.self, Export.self,
            Redact.self, Review.self, RedactText.self, Publish.self, Consent.self, Erase.self, CorpusCommand.self, Submit.self, IntakeCommand.self,
            TemplateCommand.self, Keys.self, CrashTest.self,
        ]
    )

    static func main() async {
        if !ProcessHardening.disableCoreDumps() {
            FileHandle.standardError.write(Data("warning: could not disable core dumps for this process\n".utf8))
        }
        if !ProcessHardening.silenceCrashReports() {
            FileHandle.standardError.write(Data("warning: could not replace the crash reporter for this process\n".utf8))
        }
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
