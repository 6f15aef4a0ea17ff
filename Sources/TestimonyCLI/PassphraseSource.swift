import ArgumentParser

/// `--passphrase-file` / `--passphrase-fd`: where scripts give the passphrase (never as an argument).
struct PassphraseSource: ParsableArguments {
    @Option(help: ArgumentHelp("Read the passphrase from the first line of this file (for scripts).", valueName: "path"))
    var passphraseFile: String?

    @Option(help: ArgumentHelp("Read the passphrase from this open file descriptor (for scripts).", valueName: "n"))
    var passphraseFd: Int32?

    /// Whether a file or descriptor was given.
    var isGiven: Bool { passphraseFile != nil || passphraseFd != nil }

    func validate() throws {
        if passphraseFile != nil && passphraseFd != nil {
            throw ValidationError("use either --passphrase-file or --passphrase-fd, not both")
        }
    }
}
