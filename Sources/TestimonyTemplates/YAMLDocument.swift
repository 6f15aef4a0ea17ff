public import Foundation
import Yams

/// Decoding small YAML or JSON configuration documents (redaction policy, known-identifier lists)
/// for modules that must not depend on Yams themselves.
public enum YAMLDocument {
    /// Decodes `T` from YAML (JSON is valid YAML too).
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, file: String) throws(TemplateError) -> T {
        guard let text = String(data: data, encoding: .utf8) else { throw .invalidConfiguration("\(file) is not UTF-8 text") }
        do {
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let error as DecodingError {
            throw .invalidConfiguration("\(file): \(describe(error))")
        } catch {
            throw .invalidConfiguration("\(file) is not valid YAML or JSON")
        }
    }

    /// A position-free, value-free description of a decoding error (field path and what was expected).
    static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "the document" : p
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)) is missing '\(key.stringValue)'"
        case .typeMismatch(let type, let context): return "\(path(context)) should be \(type)"
        case .valueNotFound(let type, let context): return "\(path(context)) needs a \(type)"
        case .dataCorrupted(let context): return "\(path(context)) is malformed"
        @unknown default: return "malformed"
        }
    }
}
