public import Foundation
public import GRDB

/// The vault's single header row: its random id and format version.
public struct VaultRow: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "vault"
    /// 16 random bytes, bound into every ciphertext's associated data.
    public var id: Data
    /// Vault format version.
    public var formatVersion: Int
    /// Creation day (`YYYY-MM-DD`).
    public var createdDay: String

    public init(id: Data, formatVersion: Int, createdDay: String) {
        self.id = id
        self.formatVersion = formatVersion
        self.createdDay = createdDay
    }

    enum CodingKeys: String, CodingKey {
        case id
        case formatVersion = "format_version"
        case createdDay = "created_day"
    }
}
