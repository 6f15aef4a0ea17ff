public import TestimonyModel
public import TestimonyRedaction

/// Helpers to show reviewers what a span hides.
public enum RedactionWorkflowText {
    /// The original words behind `span` in a text answer.
    public static func slice(_ answer: Answer?, _ span: RedactedSpan) -> String {
        guard case .text(let text)? = answer else { return "" }
        return RedactionWorkflow.slice(text, span.start, span.end)
    }
}
