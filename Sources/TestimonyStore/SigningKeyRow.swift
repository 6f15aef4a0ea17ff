public import Foundation
public import GRDB

/// An organisation corpus signing key: the Ed25519 public key in the clear, the seed sealed by the
/// master key.
public struct SigningKeyRow: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "signing_key"
    public var id: Int64?
    /// Raw 32-byte Ed25519 public key.
    public var publicKey: Data
    public var createdDay: String
    /// The 32-byte seed, sealed under the vault master key.
    public var wrappedKey: Data

    public init(id: Int64? = nil, publicKey: Data, createdDay: String, wrappedKey: Data) {
        self.id = id
        self.publicKey = publicKey
        self.createdDay = createdDay
        self.wrappedKey = wrappedKey
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id
        case publicKey = "public_key"
        case createdDay = "created_day"
        case wrappedKey = "wrapped_key"
    }
}
