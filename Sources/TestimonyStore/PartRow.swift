public import Foundation
public import GRDB

/// One encrypted part of a testimony (answers, identifiers, consent, progress).
public struct PartRow: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "part"
    /// Owning testimony.
    public var testimonyID: String
    /// Part name, bound into the ciphertext's associated data.
    public var name: String
    /// Record version, incremented on every save and bound into the associated data.
    public var version: Int64
    /// The sealed blob.
    public var blob: Data

    public init(testimonyID: String, name: String, version: Int64, blob: Data) {
        self.testimonyID = testimonyID
        self.name = name
        self.version = version
        self.blob = blob
    }

    enum CodingKeys: String, CodingKey {
        case name, version, blob
        case testimonyID = "testimony_id"
    }
}
