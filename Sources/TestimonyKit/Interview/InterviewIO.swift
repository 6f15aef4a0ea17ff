/// The interview's connection to the person: a terminal, a script on stdin, or a test.
public protocol InterviewIO: AnyObject {
    /// Whether input comes from an interactive terminal.
    var isInteractive: Bool { get }
    /// Shows text (no newline added).
    func write(_ text: String)
    /// Reads one line without its newline; nil at end of input.
    func readLine() -> String?
    /// Lets the person write a long answer in `$EDITOR`; returns the text.
    func edit(_ initial: String) throws -> String
}
