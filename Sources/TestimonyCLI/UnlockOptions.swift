import ArgumentParser
import Foundation
import TestimonyCrypto
import TestimonyKit

/// How to get the secret that unlocks the vault.
struct UnlockOptions: ParsableArguments {
    @OptionGroup var source: PassphraseSource

    @Flag(help: "Unlock with the recovery key instead of a passphrase (read the same way).")
    var recoveryKey = false

    /// Opens and unlocks the vault, warning when it uses the insecure test KDF.
    func unlock(_ vault: VaultOptions) throws -> UnlockedVault {
        let locked = try LockedVault.open(at: vault.url)
        let policy = KDFPolicy.from(environment: ProcessInfo.processInfo.environment)
        if try locked.usesInsecureTestKDF() { Console.warnInsecureKDF() }
        let what = recoveryKey ? "Recovery key" : "Passphrase"
        let secret = try SecretInput.read(file: source.passphraseFile, fd: source.passphraseFd, prompt: "\(what) for \(vault.url.path): ")
        if recoveryKey {
            return try locked.unlock(recoveryKeyText: secret, policy: policy)
        }
        return try locked.unlock(passphrase: secret, policy: policy)
    }
}
