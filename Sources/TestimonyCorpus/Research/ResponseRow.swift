/// One row of `responses.csv`: one code of one coded answer of one response.
public struct ResponseRow: Sendable, Equatable, Hashable {
    public var responseID: String
    public var template: String
    public var templateVersion: Int
    public var language: String
    public var question: String
    public var code: String

    public init(responseID: String, template: String, templateVersion: Int, language: String, question: String, code: String) {
        self.responseID = responseID
        self.template = template
        self.templateVersion = templateVersion
        self.language = language
        self.question = question
        self.code = code
    }

    /// The header line of `responses.csv`, in column order.
    public static let header = ["response_id", "template", "template_version", "language", "question", "code"]
}
