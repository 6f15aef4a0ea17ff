import Foundation
import TestimonyModel

extension SQLiteCorpusStore {
    /// JSON for the `quasi`, `levels` and `themes` columns: sorted keys, so equal values give equal bytes.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a JSON column; a malformed cell means the file was damaged or edited by hand.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String, column: String) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw CorpusStoreError.database("the \(column) column holds malformed JSON")
        }
    }
}
