/// What `testimony list` shows: ids, template, status and coarse dates; never content.
public struct TestimonySummary: Sendable, Equatable {
    public var id: String
    public var templateID: String
    public var templateVersion: Int
    /// `draft` or `complete`.
    public var status: TestimonyStatus
    public var createdDay: String
    public var updatedDay: String
}
