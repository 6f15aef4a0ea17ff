import Foundation

/// Commands accepted at any prompt.
enum InterviewCommand: String, CaseIterable {
    case skip = ":skip"
    case preferNotToSay = ":pnts"
    case back = ":back"
    case pause = ":pause"
    case quit = ":quit"
    case help = ":help"
    case edit = ":edit"

    init?(line: String) {
        let trimmed = line.trimmingCharacters(in: .whitespaces).lowercased()
        if trimmed == ":prefer-not-to-say" {
            self = .preferNotToSay
            return
        }
        self.init(rawValue: trimmed)
    }
}
