/// One reason the publication gate refuses a testimony: what is wrong and what would fix it. Never
/// contains testimony content: question ids, scope ids, counts and commands only.
public struct PublishProblem: Sendable, Equatable, CustomStringConvertible {
    public var what: String
    public var fix: String

    public init(_ what: String, fix: String) {
        self.what = what
        self.fix = fix
    }

    public var description: String { "\(what). To fix: \(fix)" }
}
