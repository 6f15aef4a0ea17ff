/// One detector of identifying details. Each is a small type, tested on its own.
public protocol Detector: Sendable {
    /// Name reported in spans (`detector` field).
    var name: String { get }
    /// Candidate spans in `text`.
    func detect(in text: AnalyzedText) -> [Detection]
}
