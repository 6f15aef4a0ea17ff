public import Foundation
public import GRDB

/// A testimony's visible metadata: opaque id, template, status, coarse dates and its wrapped data key.
public struct TestimonyRow: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "testimony"
    /// Random opaque id (e.g. `t-8k2m4q7x`).
    public var id: String
    /// Template id.
    public var templateID: String
    /// Template version.
    public var templateVersion: Int
    /// `draft` or `complete`.
    public var status: String
    /// Day created (`YYYY-MM-DD`).
    public var createdDay: String
    /// Day last changed (`YYYY-MM-DD`).
    public var updatedDay: String
    /// The testimony's data key, sealed under the vault master key.
    public var wrappedKey: Data

    public init(
        id: String, templateID: String, templateVersion: Int, status: String, createdDay: String,
        updatedDay: String, wrappedKey: Data
    ) {
        self.id = id
        self.templateID = templateID
        self.templateVersion = templateVersion
        self.status = status
        self.createdDay = createdDay
        self.updatedDay = updatedDay
        self.wrappedKey = wrappedKey
    }

    enum CodingKeys: String, CodingKey {
        case id, status
        case templateID = "template_id"
        case templateVersion = "template_version"
        case createdDay = "created_day"
        case updatedDay = "updated_day"
        case wrappedKey = "wrapped_key"
    }
}
