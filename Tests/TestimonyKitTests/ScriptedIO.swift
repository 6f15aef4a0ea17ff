import Foundation
import TestimonyKit

/// An interview connection fed from a list of lines, recording everything written.
final class ScriptedIO: InterviewIO {
    var lines: [String]
    var output = ""
    let isInteractive: Bool
    var edited: String?
    var editorFails = false

    init(_ lines: [String], interactive: Bool = false, edited: String? = nil) {
        self.lines = lines
        self.isInteractive = interactive
        self.edited = edited
    }

    func write(_ text: String) {
        output += text
    }

    func readLine() -> String? {
        lines.isEmpty ? nil : lines.removeFirst()
    }

    func edit(_ initial: String) throws -> String {
        if editorFails { throw KitError.editorUnavailable("no RAM-backed directory (tmpfs) is available") }
        return edited ?? initial
    }
}
