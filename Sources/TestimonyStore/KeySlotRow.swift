public import Foundation
public import GRDB

/// One way into the vault: a passphrase or the recovery key, wrapping the same master key.
public struct KeySlotRow: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "key_slot"
    /// Slot number (assigned on insert).
    public var id: Int64?
    /// `passphrase` or `recovery`.
    public var kind: String
    /// KDF algorithm id (Argon2id13 = 2 for passphrases; 0 for the recovery key's keyed BLAKE2b).
    public var kdfAlgorithm: Int64
    /// Argon2id passes.
    public var kdfOps: Int64
    /// Argon2id memory in bytes.
    public var kdfMem: Int64
    /// KDF salt.
    public var salt: Data
    /// The master key, sealed under this slot's key-encryption key.
    public var wrappedKey: Data
    /// Creation day (`YYYY-MM-DD`).
    public var createdDay: String

    public init(
        id: Int64? = nil, kind: String, kdfAlgorithm: Int64, kdfOps: Int64, kdfMem: Int64, salt: Data,
        wrappedKey: Data, createdDay: String
    ) {
        self.id = id
        self.kind = kind
        self.kdfAlgorithm = kdfAlgorithm
        self.kdfOps = kdfOps
        self.kdfMem = kdfMem
        self.salt = salt
        self.wrappedKey = wrappedKey
        self.createdDay = createdDay
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, salt
        case kdfAlgorithm = "kdf_algorithm"
        case kdfOps = "kdf_ops"
        case kdfMem = "kdf_mem"
        case wrappedKey = "wrapped_key"
        case createdDay = "created_day"
    }
}
