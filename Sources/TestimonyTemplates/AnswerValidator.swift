import Foundation
public import TestimonyModel

/// Turns an interchange value or a typed reply into an `Answer` for one question.
/// Errors name the question and what was expected, never the value given.
public enum AnswerValidator {
    /// Validates an interchange value.
    public static func answer(_ value: InterchangeValue, for q: Question) throws(TemplateError) -> Answer {
        let field = "answers.\(q.id)"
        if case .object(let map) = value {
            guard map.count == 1, case .string(let status)? = map["status"] else {
                throw .invalidDocument(field: field, reason: "a non-answer must be {\"status\": \"skipped\" | \"prefer_not_to_say\"}")
            }
            switch status {
            case "skipped": return .skipped
            case "prefer_not_to_say": return .preferNotToSay
            default: throw .invalidDocument(field: field, reason: "status must be skipped or prefer_not_to_say")
            }
        }
        switch q.kind {
        case .shortText, .longText:
            guard case .string(let text) = value else { throw expected(field, "a text", got: value) }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw .invalidDocument(field: field, reason: "empty text; leave the question out or mark it skipped")
            }
            if q.kind == .shortText && text.contains("\n") {
                throw .invalidDocument(field: field, reason: "short_text must be a single line")
            }
            return .text(text)
        case .singleChoice:
            guard let code = optionCode(value, q) else { throw expected(field, "an option code", got: value) }
            return .code(try checkOption(code, q, field))
        case .multiChoice:
            guard case .array(let items) = value, !items.isEmpty else { throw expected(field, "a non-empty list of option codes", got: value) }
            var codes: [String] = []
            for item in items {
                guard let code = optionCode(item, q) else { throw expected(field, "a list of option codes", got: value) }
                let checked = try checkOption(code, q, field)
                if codes.contains(checked) { throw .invalidDocument(field: field, reason: "an option is listed twice") }
                codes.append(checked)
            }
            return .codes(codes)
        case .scale:
            guard case .int(let n) = value, let scale = q.scale else { throw expected(field, "a whole number", got: value) }
            return .integer(try checkScale(n, scale, field))
        case .numberBand:
            switch value {
            case .int(let n): return .code(try band(for: n, q, field))
            case .string(let code):
                guard q.bands.contains(where: { $0.code == code }) else {
                    throw .invalidDocument(field: field, reason: "not a band of this question (bands: \(q.bands.map(\.code).joined(separator: ", ")))")
                }
                return .code(code)
            default: throw expected(field, "a band code or a whole number", got: value)
            }
        case .monthYear:
            guard case .string(let text) = value, isMonthYear(text) else { throw expected(field, "a month as YYYY-MM", got: value) }
            return .monthYear(text)
        case .yesNo:
            guard case .bool(let b) = value else { throw expected(field, "true or false", got: value) }
            return .bool(b)
        }
    }

    static func expected(_ field: String, _ what: String, got: InterchangeValue) -> TemplateError {
        .invalidDocument(field: field, reason: "expected \(what), got \(got.typeName)")
    }

    /// The option code a value stands for. Hand-written YAML turns unquoted codes such as `yes`,
    /// `no` or `1000_4999` into booleans and numbers; they are mapped back when an option matches.
    static func optionCode(_ value: InterchangeValue, _ q: Question) -> String? {
        let codes = q.options.map(\.code)
        switch value {
        case .string(let s): return s
        case .bool(let b):
            return (b ? ["yes", "true", "y", "on"] : ["no", "false", "n", "off"]).first(where: codes.contains)
        case .int(let n):
            return codes.first { $0 == String(n) || $0.replacingOccurrences(of: "_", with: "") == String(n) }
        default: return nil
        }
    }

    static func checkOption(_ code: String, _ q: Question, _ field: String) throws(TemplateError) -> String {
        guard q.options.contains(where: { $0.code == code }) else {
            throw .invalidDocument(field: field, reason: "not an option of this question (options: \(q.options.map(\.code).joined(separator: ", ")))")
        }
        return code
    }

    static func checkScale(_ n: Int, _ scale: ScaleSpec, _ field: String) throws(TemplateError) -> Int {
        guard (scale.min...scale.max).contains(n) else {
            throw .invalidDocument(field: field, reason: "must be between \(scale.min) and \(scale.max)")
        }
        return n
    }

    /// The band code holding `n`.
    public static func band(for n: Int, _ q: Question, _ field: String) throws(TemplateError) -> String {
        guard let band = q.bands.first(where: { $0.contains(n) }) else {
            throw .invalidDocument(field: field, reason: "outside every band (bands: \(q.bands.map(\.code).joined(separator: ", ")))")
        }
        return band.code
    }

    /// Whether `text` is `YYYY-MM` with a month 01–12 and a year 1900–2199.
    public static func isMonthYear(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1])
        else { return false }
        return (1900...2199).contains(year) && (1...12).contains(month)
    }
}
