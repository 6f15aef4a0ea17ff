import ArgumentParser
import Foundation
import TestimonyCrypto
import TestimonyKit

extension Testimony {
    struct OrgInit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "org-init",
            abstract: "Create the organisation's intake key for survivor submissions (age X25519).",
            discussion: "The secret identity is stored encrypted in the vault; the public recipient (age1…) is written to --out, for survivors' `testimony submit --to FILE`. Run it again to rotate: older identities stay and still open older envelopes.")
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions

        @Option(help: ArgumentHelp("Write the public recipient to this file (e.g. Keys/<org>.age.pub).", valueName: "file"))
        var out: String?

        func run() async throws {
            if let out, FileManager.default.fileExists(atPath: out) {
                throw KitError.io("\(out) already exists; choose a new file name (nothing was created)")
            }
            let opened = try unlock.unlock(vault)
            let recipient = try opened.createIntakeIdentity()
            if let out {
                let text = "# testimony intake recipient (public key; safe to share)\n\(recipient)\n"
                guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8)) else { throw KitError.io("cannot write \(out)") }
                Console.note("Wrote \(out).")
            }
            Console.out("\(recipient)\n")
        }
    }

    struct ShowRecipient: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show-recipient", abstract: "Print the organisation's intake recipients (public keys), newest last.")
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions

        func run() async throws {
            let recipients = try unlock.unlock(vault).intakeRecipients()
            guard !recipients.isEmpty else { throw KitError.io("no intake key yet; create one with `testimony keys org-init`") }
            Console.out(recipients.joined(separator: "\n") + "\n")
        }
    }

    struct ExportIdentity: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export-identity",
            abstract: "Write the intake identities in age's format (offline backup, or to open envelopes with plain `age -d -i`).",
            discussion: "The file holds SECRET keys that open every survivor submission. Keep it offline. Asks for confirmation; --yes for scripts.")
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions

        @Option(help: ArgumentHelp("New file to write (created 0600, never overwritten).", valueName: "file"))
        var out: String

        @Flag(help: "Do not ask for confirmation.")
        var yes = false

        func run() async throws {
            if !yes {
                guard SecretInput.hasTerminal,
                    SecretInput.confirm("This writes SECRET keys that open every survivor submission to \(out). Continue? [y/N] ", defaultYes: false)
                else { throw KitError.io("not confirmed; nothing was written (use --yes in scripts)") }
            }
            guard !FileManager.default.fileExists(atPath: out) else { throw KitError.io("\(out) already exists; choose a new file name") }
            let identities = try unlock.unlock(vault).intakeIdentities()
            guard !identities.isEmpty else { throw KitError.io("no intake key yet; create one with `testimony keys org-init`") }
            var text = "# testimony intake identities: SECRET, keep offline\n"
            for identity in identities {
                var bytes = try identity.encoded().exposedCopy()
                text += "# public key: \(identity.recipient)\n" + String(decoding: bytes, as: UTF8.self) + "\n"
                Memory.wipe(&bytes)
            }
            guard FileManager.default.createFile(atPath: out, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
                throw KitError.io("cannot write \(out)")
            }
            Console.note("Wrote \(identities.count) identity(ies) to \(out). Keep it offline; anyone with it can read every submission.")
        }
    }
}
