import ArgumentParser
import Foundation
import TestimonyCrypto
import TestimonyKit

extension Testimony {
    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a new encrypted vault.",
            discussion: """
                Asks for a passphrase twice on the terminal (no echo), or offers a generated one. Scripts can give --passphrase-file PATH or --passphrase-fd N instead.

                Prints a RECOVERY KEY once. Write it down and keep it apart from the computer: it opens the vault if the passphrase is forgotten, and it cannot be shown again.

                Passphrases are stretched with Argon2id (default: moderate, 256 MiB, about a second).
                """)

        @OptionGroup var vault: VaultOptions

        @OptionGroup var source: PassphraseSource

        @Flag(help: "Generate a six-word passphrase and print it once, instead of asking for one.")
        var generatePassphrase = false

        @Option(help: "Argon2id cost: moderate (256 MiB, the default) or sensitive (1 GiB, about 5 s per unlock).")
        var kdf: KDFPreset = .moderate

        func validate() throws {
            if generatePassphrase && source.isGiven {
                throw ValidationError("--generate-passphrase cannot be combined with --passphrase-file or --passphrase-fd")
            }
        }

        func run() async throws {
            let url = vault.url
            let policy = KDFPolicy.from(environment: ProcessInfo.processInfo.environment, preset: kdf.parameters)
            if policy.allowBelowFloor { Console.warnInsecureKDF() }
            var generated: String?
            let passphrase: SecureBytes
            if generatePassphrase || (!source.isGiven && SecretInput.hasTerminal
                && SecretInput.confirm("Use a generated passphrase (six random words)? [Y/n] "))
            {
                let words = PassphraseGenerator.generate()
                generated = words
                var bytes = Array(words.utf8)
                passphrase = try SecureBytes(wiping: &bytes)
            } else {
                passphrase = try SecretInput.newPassphrase(file: source.passphraseFile, fd: source.passphraseFd, what: "passphrase")
            }
            Console.note("Creating the vault (deriving the key takes a moment)…")
            let (_, recoveryKey) = try LockedVault.create(at: url, passphrase: passphrase, policy: policy)
            Console.out("Vault created at \(url.path)\n")
            if let generated {
                Console.out("\nYour passphrase (shown once, learn it or store it in a password manager):\n\n    \(generated)\n")
            }
            Console.out("""

                RECOVERY KEY (shown once, write it down and keep it apart from this computer):

                    \(recoveryKey)

                It opens the vault if the passphrase is lost: `testimony keys change-passphrase --recovery-key`.

                """)
        }
    }
}

/// Argon2id presets selectable on the command line.
enum KDFPreset: String, ExpressibleByArgument, CaseIterable {
    case moderate, sensitive

    var parameters: KDFParameters {
        switch self {
        case .moderate: .moderate
        case .sensitive: .sensitive
        }
    }
}
