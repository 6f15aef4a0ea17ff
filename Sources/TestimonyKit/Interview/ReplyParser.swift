import Foundation
import TestimonyModel
import TestimonyTemplates

/// Turns a typed reply into an answer for one question; nil when the reply does not fit.
enum ReplyParser {
    static func parse(_ line: String, for q: Question) -> Answer? {
        let text = line.trimmingCharacters(in: .whitespaces)
        switch q.kind {
        case .shortText, .longText:
            return text.isEmpty ? nil : .text(line)
        case .singleChoice:
            return option(text, q).map { .code($0) }
        case .multiChoice:
            let items = text.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            var codes: [String] = []
            for item in items {
                guard let code = option(item, q) else { return nil }
                if !codes.contains(code) { codes.append(code) }
            }
            return codes.isEmpty ? nil : .codes(codes)
        case .scale:
            guard let n = Int(text), let scale = q.scale, (scale.min...scale.max).contains(n) else { return nil }
            return .integer(n)
        case .numberBand:
            if let n = Int(text), let band = q.bands.first(where: { $0.contains(n) }) { return .code(band.code) }
            return q.bands.first(where: { $0.code == text }).map { .code($0.code) }
        case .monthYear:
            return AnswerValidator.isMonthYear(text) ? .monthYear(text) : nil
        case .yesNo:
            return yesNo(text).map { .bool($0) }
        }
    }

    /// An option code from its 1-based number or its code.
    static func option(_ text: String, _ q: Question) -> String? {
        if let n = Int(text), n >= 1, n <= q.options.count { return q.options[n - 1].code }
        return q.options.first(where: { $0.code == text.lowercased() })?.code
    }

    /// Yes/no in English, Finnish or Swedish.
    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "y", "yes", "k", "kyllä", "kylla", "j", "ja": true
        case "n", "no", "e", "ei", "nej": false
        default: nil
        }
    }

    /// An identifier line: `person/offender Name`, `place Name`, `org Name`, `contact value`, `other value`.
    static func identifier(_ line: String) -> Identifier? {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard let space = text.firstIndex(of: " ") else { return nil }
        let head = text[..<space].lowercased()
        let value = text[space...].trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { return nil }
        let parts = head.split(separator: "/", maxSplits: 1).map(String.init)
        guard let kind = Identifier.Kind(rawValue: parts[0]) else { return nil }
        var role: Identifier.Role?
        if parts.count == 2 {
            guard kind == .person, let r = Identifier.Role(rawValue: parts[1]) else { return nil }
            role = r
        }
        return Identifier(kind: kind, value: value, role: role)
    }
}
