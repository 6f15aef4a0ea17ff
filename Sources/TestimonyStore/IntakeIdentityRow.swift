public import Foundation
public import GRDB

/// An organisation intake identity: public age recipient, secret identity sealed by the master key.
public struct IntakeIdentityRow: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "intake_identity"
    public var id: Int64?
    /// `age1…` recipient (public).
    public var recipient: String
    public var createdDay: String
    /// The `AGE-SECRET-KEY-1…` identity, sealed under the vault master key.
    public var wrappedKey: Data

    public init(id: Int64? = nil, recipient: String, createdDay: String, wrappedKey: Data) {
        self.id = id
        self.recipient = recipient
        self.createdDay = createdDay
        self.wrappedKey = wrappedKey
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    enum CodingKeys: String, CodingKey {
        case id, recipient
        case createdDay = "created_day"
        case wrappedKey = "wrapped_key"
    }
}
