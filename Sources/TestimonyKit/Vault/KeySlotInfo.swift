/// What `keys list` shows about a slot (no key material).
public struct KeySlotInfo: Sendable, Equatable {
    public var id: Int64
    public var kind: KeySlotKind
    /// KDF summary, e.g. `Argon2id ops 3, memory 262144 KiB`.
    public var kdf: String
    public var createdDay: String
}
