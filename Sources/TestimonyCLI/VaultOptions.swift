import ArgumentParser
import Foundation
import TestimonyKit

/// `--vault DIR`, shared by every command.
struct VaultOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Vault directory.",
            discussion: "Default: $TESTIMONY_VAULT, else $XDG_DATA_HOME/testimony/vault, else ~/.local/share/testimony/vault.",
            valueName: "dir"))
    var vault: String?

    var url: URL { VaultLocation.resolve(explicit: vault, environment: ProcessInfo.processInfo.environment) }
}
