/// What the corpus remembers of a release it made.
public struct CorpusReleaseInfo: Codable, Sendable, Equatable {
    /// `r0001`, `r0002`, …
    public var id: String
    /// SHA-256 (hex) of the release's MANIFEST: the next release chains to it.
    public var manifestSHA256: String
    /// Month of the release (`YYYY-MM`): release files carry no finer time.
    public var month: String
    public var excerptCount: Int
    public var responseCount: Int

    public init(id: String, manifestSHA256: String, month: String, excerptCount: Int, responseCount: Int) {
        self.id = id
        self.manifestSHA256 = manifestSHA256
        self.month = month
        self.excerptCount = excerptCount
        self.responseCount = responseCount
    }

    enum CodingKeys: String, CodingKey {
        case id, month
        case manifestSHA256 = "manifest_sha256"
        case excerptCount = "excerpt_count"
        case responseCount = "response_count"
    }
}
