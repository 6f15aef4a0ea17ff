/// Workflow errors. Descriptions say what went wrong and what to do, and never contain testimony
/// content, identifiers, passphrases or keys; at most an opaque testimony id.
public enum KitError: Error, Equatable, Sendable, CustomStringConvertible {
    case wrongPassphrase
    case wrongRecoveryKey
    case noRecoverySlot
    case integrity(testimonyID: String)
    case vaultIntegrity(String)
    case passphraseTooShort(minimum: Int)
    case passphrasesDiffer
    case lastPassphraseSlot
    case belowFloorRefused(String)
    case templateVersionMismatch(templateID: String, stored: Int, available: Int)
    case alreadyComplete(testimonyID: String)
    case editorUnavailable(String)
    case io(String)
    case erased(testimonyID: String, day: String)
    case notPublishable([PublishProblem])

    public var description: String {
        switch self {
        case .wrongPassphrase:
            "the passphrase does not open this vault (nothing was changed). Check the keyboard layout, or unlock with --recovery-key"
        case .wrongRecoveryKey: "the recovery key does not open this vault (nothing was changed)"
        case .noRecoverySlot: "this vault has no recovery key slot"
        case .integrity(let id):
            "testimony \(id) failed its integrity check: its stored data was altered, truncated or moved. Nothing was changed; restore the vault from a backup"
        case .vaultIntegrity(let what): "the vault failed an integrity check (\(what)); nothing was changed"
        case .passphraseTooShort(let minimum):
            "the passphrase is too short (at least \(minimum) characters); accept a generated one with --generate-passphrase"
        case .passphrasesDiffer: "the two passphrases differ; nothing was saved"
        case .lastPassphraseSlot: "refusing to remove the last passphrase slot: the vault could then be opened only with the recovery key"
        case .belowFloorRefused(let why): why
        case .templateVersionMismatch(let id, let stored, let available):
            "testimony uses template \(id) version \(stored), but the templates directory has version \(available)"
        case .alreadyComplete(let id): "testimony \(id) is already complete"
        case .editorUnavailable(let why): "cannot open an editor safely: \(why). Type the answer instead (finish with a line holding only '.')"
        case .io(let why): why
        case .erased(let id, let day):
            "testimony \(id) was erased on \(day): its key was destroyed, and nothing (not even the vault's master key) can decrypt it"
        case .notPublishable(let problems):
            "not published; nothing was changed:\n" + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}
