/// The kinds of key slot.
public enum KeySlotKind: String, Sendable {
    /// Argon2id from a passphrase.
    case passphrase
    /// Keyed BLAKE2b from the full-entropy recovery key.
    case recovery
}
