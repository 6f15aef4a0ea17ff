import Foundation
import TestimonyKit

/// The interview over stdin/stdout; line by line when stdin is not a terminal.
final class TerminalInterviewIO: InterviewIO {
    let isInteractive = Console.stdinIsTerminal

    func write(_ text: String) {
        Console.out(text)
    }

    func readLine() -> String? {
        Swift.readLine(strippingNewline: true)
    }

    func edit(_ initial: String) throws -> String {
        try PrivateEditor.edit(initial, environment: ProcessInfo.processInfo.environment)
    }
}
