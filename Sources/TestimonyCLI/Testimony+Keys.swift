import ArgumentParser
import Foundation
import TestimonyKit

extension Testimony {
    struct Keys: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Manage the passphrases and recovery key that open the vault.",
            discussion: """
                Every slot wraps the same master key, so these commands never re-encrypt testimonies. Forgot the passphrase? `testimony keys change-passphrase --recovery-key` sets a new one.
                """,
            subcommands: [
                ListSlots.self, AddPassphrase.self, ChangePassphrase.self, RemoveSlot.self, OrgInit.self, ShowRecipient.self,
                ExportIdentity.self,
            ])
    }

    struct ListSlots: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List key slots.")
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions

        func run() async throws {
            let opened = try unlock.unlock(vault)
            let rows = try opened.slots().map { s in
                ["\(s.id)", s.kind.rawValue, s.kdf, s.createdDay, s.id == opened.unlockedSlotID ? "(unlocked with this)" : ""]
            }
            Console.out(Table.render([["SLOT", "KIND", "KDF", "CREATED", ""]] + rows))
        }
    }

    struct AddPassphrase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-passphrase", abstract: "Add another passphrase (for example a colleague's).")
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var newSecret: NewPassphraseOptions

        func run() async throws {
            let opened = try unlock.unlock(vault)
            let passphrase = try SecretInput.newPassphrase(file: newSecret.newPassphraseFile, fd: newSecret.newPassphraseFd, what: "passphrase")
            let slot = try opened.addPassphrase(passphrase)
            Console.out("Added passphrase slot \(slot).\n")
        }
    }

    struct ChangePassphrase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "change-passphrase",
            abstract: "Replace a passphrase (default: the one you unlock with).")
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions
        @OptionGroup var newSecret: NewPassphraseOptions

        @Option(help: "Slot to change (see `testimony keys list`).")
        var slot: Int64?

        func run() async throws {
            let opened = try unlock.unlock(vault)
            let passphrase = try SecretInput.newPassphrase(file: newSecret.newPassphraseFile, fd: newSecret.newPassphraseFd, what: "passphrase")
            let changed = try opened.changePassphrase(slotID: slot, to: passphrase)
            Console.out("Changed the passphrase of slot \(changed). The old passphrase no longer opens the vault.\n")
        }
    }

    struct RemoveSlot: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove-slot", abstract: "Remove a key slot (never the last passphrase).")
        @OptionGroup var vault: VaultOptions
        @OptionGroup var unlock: UnlockOptions

        @Argument(help: "Slot number (see `testimony keys list`).")
        var slot: Int64

        func run() async throws {
            let opened = try unlock.unlock(vault)
            try opened.removeSlot(slot)
            Console.out("Removed slot \(slot).\n")
        }
    }
}

/// Where a new passphrase comes from.
struct NewPassphraseOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Read the new passphrase from the first line of this file.", valueName: "path"))
    var newPassphraseFile: String?

    @Option(help: ArgumentHelp("Read the new passphrase from this open file descriptor.", valueName: "n"))
    var newPassphraseFd: Int32?
}
