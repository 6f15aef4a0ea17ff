import ArgumentParser
import Foundation
import TestimonyKit
import TestimonyTemplates

extension Testimony {
    struct Record: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record a testimony: a guided interview from a template.",
            discussion: """
                Each section opens with a free-narrative question; structured questions follow and all can be skipped. At any prompt:
                  :skip    skip this question
                  :pnts    prefer not to say
                  :back    previous question
                  :pause   save an encrypted draft and stop for now
                  :quit    discard this testimony
                  :edit    write a long answer in $EDITOR (private RAM-backed file)
                  :help    show these commands

                Long answers end with a line holding only "." . Every answer is saved, encrypted, as soon as it is given. Continue a paused draft with `testimony resume ID`.

                When stdin is not a terminal, answers are read line by line (for scripts); the passphrase must then come from --passphrase-file or --passphrase-fd.
                """)

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions

        @Option(help: "Template id (see `testimony template list`).")
        var template: String

        @Option(help: "Interview language: en, fi or sv (default: the template's first language).")
        var lang: String?

        func run() async throws {
            let catalog = try templates.catalog()
            let chosen = try catalog.template(template)
            let opened = try unlock.unlock(vault)
            let io = TerminalInterviewIO()
            let (id, outcome) = try Recording.start(
                vault: opened, template: chosen, language: lang ?? chosen.languages[0], io: io)
            RecordOutcome.report(outcome, id: id)
        }
    }

    struct Resume: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Continue a paused testimony where it stopped.")

        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions

        @Argument(help: "Testimony id (see `testimony list`).")
        var id: String

        func run() async throws {
            let catalog = try templates.catalog()
            let opened = try unlock.unlock(vault)
            let outcome = try Recording.resume(vault: opened, id: id, catalog: catalog, io: TerminalInterviewIO())
            RecordOutcome.report(outcome, id: id)
        }
    }
}

/// What record/resume print at the end.
enum RecordOutcome {
    static func report(_ outcome: InterviewOutcome, id: String) {
        switch outcome {
        case .completed: Console.out("\nSaved testimony \(id) (complete, encrypted).\n")
        case .paused: Console.out("\nDraft \(id) saved, encrypted. Continue with: testimony resume \(id)\n")
        case .quit: Console.out("\nTestimony \(id) was discarded; nothing of it is kept.\n")
        }
    }
}
