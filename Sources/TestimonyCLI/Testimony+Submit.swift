import ArgumentParser
import Foundation
import TestimonyCrypto
import TestimonyKit
import TestimonyModel
import TestimonyTemplates

extension Testimony {
    struct Submit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tell your story privately: your answers are sealed for the organisation only.",
            discussion: """
                Your answers are locked with the organisation's public key (--to). This device keeps nothing it can read: not even you can open the file afterwards. The only file written is the sealed envelope (--out). You get a receipt code to keep: with it you can withdraw later (--withdraw; you are asked for the code).

                You can skip any question (:skip), say you prefer not to say (:pnts), go back (:back), or stop at any time (:quit leaves nothing). :pause saves a draft only if you ask for it, locked with a passphrase you choose; continue it with --resume DRAFT.
                """)

        @OptionGroup var templates: TemplateOptions

        @Option(help: ArgumentHelp("The organisation's recipient (age1…) or a file with it.", valueName: "recipient|file"))
        var to: String

        @Option(help: "Template id (for example survivor-experience).")
        var template: String?

        @Option(help: "Language: en, fi or sv.")
        var lang: String?

        @Option(help: ArgumentHelp("Where to write the sealed envelope (default: testimony-<time>.age here).", valueName: "file"))
        var out: String?

        @Option(help: ArgumentHelp("Seal these answers (interchange JSON) instead of asking.", valueName: "file"))
        var answers: String?

        @Option(help: ArgumentHelp("Continue a paused draft.", valueName: "draft"))
        var resume: String?

        @Option(help: ArgumentHelp("Where :pause writes the locked draft (default: testimony-draft.age).", valueName: "file"))
        var draft: String?

        @Option(help: ArgumentHelp("Draft passphrase from this file (for scripts); otherwise asked on the terminal.", valueName: "file"))
        var draftPassphraseFile: String?

        @Flag(help: "Send a withdrawal request instead (needs --receipt).")
        var withdraw = false

        @Option(help: "Your receipt code (with --withdraw). Better left out: you are then asked for it without echo, so it stays out of the shell history.")
        var receipt: String?

        func validate() throws {
            if !withdraw && template == nil && answers == nil && resume == nil {
                throw ValidationError("choose a template with --template ID (see `testimony template list`), or give --answers FILE")
            }
        }

        func run() async throws {
            let recipients = try Submission.recipients(to)
            let output = out ?? "testimony-\(Int(Date().timeIntervalSince1970)).age"
            guard !FileManager.default.fileExists(atPath: output) else { throw KitError.io("\(output) already exists; choose another --out") }
            if withdraw {
                let code: String
                if let receipt {
                    code = receipt
                } else {
                    var bytes = try SecretInput.fromTerminal(prompt: "Receipt code: ").exposedCopy()
                    code = String(decoding: bytes, as: UTF8.self)
                    Memory.wipe(&bytes)
                }
                try write(try Submission.withdrawal(receipt: code, to: recipients), to: output)
                Console.out("Your withdrawal request is sealed in \(output). Send it to the organisation.\n")
                return
            }
            let catalog = try templates.catalog()
            var document: TestimonyDocument
            var position = 0
            if let answers {
                guard let data = FileManager.default.contents(atPath: answers) else { throw KitError.io("cannot read \(answers)") }
                document = try Interchange.validate(data, catalog: catalog)
            } else {
                if let resume {
                    guard let file = FileManager.default.contents(atPath: resume) else { throw KitError.io("cannot read \(resume)") }
                    let passphrase = try SecretInput.read(file: draftPassphraseFile, fd: nil, prompt: "Draft passphrase: ")
                    (document, position) = try Submission.openDraft(Array(file), passphrase: passphrase, catalog: catalog)
                } else {
                    let chosen = try catalog.template(template ?? "")
                    let language = lang ?? chosen.languages[0]
                    guard chosen.languages.contains(language) else { throw KitError.io("template \(chosen.id) has no language '\(language)'") }
                    document = TestimonyDocument(templateID: chosen.id, templateVersion: chosen.version, language: language)
                }
                let chosen = try catalog.template(document.templateID)
                var latest = (document, position)
                // Answers stay in memory only: nothing is written until the end or an explicit pause.
                let interview = Interview(template: chosen, document: document, io: TerminalInterviewIO()) { doc, next, _ in
                    latest = (doc, next)
                }
                switch try interview.run(from: position) {
                case .quit:
                    Console.out("\nNothing was saved.\n")
                    return
                case .paused:
                    // Resuming and pausing again replaces that same draft; otherwise never overwrite a file.
                    let file = draft ?? resume ?? Self.freeName("testimony-draft", ".age")
                    if file != resume && FileManager.default.fileExists(atPath: file) {
                        throw KitError.io("\(file) already exists; nothing was saved. Choose another --draft")
                    }
                    let passphrase: SecureBytes
                    do {
                        passphrase = try SecretInput.newPassphrase(file: draftPassphraseFile, fd: nil, what: "draft passphrase")
                    } catch let error as KitError {
                        throw error == .passphrasesDiffer ? error
                            : KitError.io("no terminal to ask for a draft passphrase (use --draft-passphrase-file); nothing was saved")
                    }
                    guard passphrase.count >= 10 else { throw KitError.io("the draft passphrase is too short (at least 10 characters); nothing was saved") }
                    if file == resume { try? FileManager.default.removeItem(atPath: file) }
                    try write(try Submission.sealDraft(latest.0, position: latest.1, passphrase: passphrase), to: file)
                    Console.out("\nYour draft is locked with your passphrase in \(file). Continue with: testimony submit --to \(to) --resume \(file)\n")
                    return
                case .completed:
                    document = latest.0
                }
                // Contact details only if the person asked to be contacted, and only if they give them.
                if document.consent["follow_up_contact"]?.granted == true {
                    Console.out("\n\(Self.contactPrompt(document.language)) ")
                    if let line = readLine()?.trimmingCharacters(in: .whitespaces), !line.isEmpty, !line.hasPrefix(":") {
                        document.identifiers.append(Identifier(kind: .contact, value: line, role: nil))
                    }
                }
            }
            let (envelope, code) = try Submission.seal(document, to: recipients)
            try write(envelope, to: output)
            if let resume { try? FileManager.default.removeItem(atPath: resume) }
            Console.out("""

                Thank you. Your answers are sealed in \(output); only the organisation can open them.
                Your receipt code (keep it somewhere safe; it is shown only once):

                    \(code)

                With it you can withdraw later: testimony submit --withdraw --to \(to)  (you will be asked for the code)

                """)
        }

        /// `base.age`, else `base-2.age`, `base-3.age`, … whichever does not exist yet.
        static func freeName(_ base: String, _ suffix: String) -> String {
            var n = 1
            var name = base + suffix
            while FileManager.default.fileExists(atPath: name) {
                n += 1
                name = "\(base)-\(n)\(suffix)"
            }
            return name
        }

        static func contactPrompt(_ language: String) -> String {
            switch language {
            case "fi": "Miten voimme tavoittaa sinut? (vapaaehtoinen; paina Enter ohittaaksesi)"
            case "sv": "Hur kan vi nå dig? (frivilligt; tryck Enter för att hoppa över)"
            default: "How can we reach you? (optional; press Enter to skip)"
            }
        }

        func write(_ bytes: [UInt8], to path: String) throws {
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else {
                throw KitError.io("cannot write \(path)")
            }
        }
    }

    struct IntakeCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "intake",
            abstract: "Take in sealed survivor submissions (age files) as new testimonies.",
            discussion: "Each envelope is opened with the vault's intake identities, validated against its template and stored encrypted (status submitted). Duplicates, damaged or foreign envelopes and invalid answers are refused and nothing of them is stored. Withdrawal requests withdraw the consent of the matching testimony and take it out of the corpus (--corpus).")
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var templates: TemplateOptions
        @OptionGroup var corpus: CorpusOptions

        @Argument(help: "Envelope files.")
        var files: [String]

        func run() async throws {
            let catalog = try templates.catalog()
            let opened = try unlock.unlock(vault)
            var failed = 0
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else {
                    Console.note("\(file): cannot read")
                    failed += 1
                    continue
                }
                do {
                    switch try Intake.take(Array(data), vault: opened, catalog: catalog) {
                    case .stored(let id): Console.out("\(file): stored as \(id)\n")
                    case .withdrawn(let ids):
                        Console.out("\(file): withdrawal request; \(ids.isEmpty ? "no submission matched the receipt" : "consent withdrawn for " + ids.joined(separator: ", "))\n")
                        let store = ids.isEmpty ? nil : try CorpusAccess.openIfExists(at: corpus.url(vault))
                        for id in ids {
                            let taken = try ConsentWorkflow.retractWithdrawn(vault: opened, id: id, corpus: store)
                            if taken.records > 0 { Console.out("\(id): taken out of the corpus (tombstoned in the next release)\n") }
                        }
                    }
                } catch {
                    Console.note("\(file): \(error)")
                    failed += 1
                }
            }
            if failed > 0 { throw ExitCode(65) }
        }
    }
}
