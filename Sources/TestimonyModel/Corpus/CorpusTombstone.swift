/// A withdrawn excerpt or response. Kept forever in the corpus so that every later release tells
/// downstream users to delete it.
public struct CorpusTombstone: Codable, Sendable, Equatable, Hashable {
    public enum Kind: String, Codable, Sendable {
        case excerpt, response
    }

    public var kind: Kind
    /// The withdrawn excerpt or response id.
    public var id: String
    /// The first release that carries this tombstone; nil until a release is made.
    public var release: String?

    public init(kind: Kind, id: String, release: String? = nil) {
        self.kind = kind
        self.id = id
        self.release = release
    }
}
