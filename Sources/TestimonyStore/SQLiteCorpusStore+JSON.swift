import Foundation
import TestimonyModel

extension SQLiteCorpusStore {
    /// An encoder for the `quasi`, `levels` and `themes` columns: sorted keys, so equal values give
    /// equal bytes. Make one per operation and reuse it for every row.
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// Encodes a JSON column.
    static func json<T: Encodable>(_ value: T, _ encoder: JSONEncoder) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// Decodes a JSON column; a malformed cell means the file was damaged or edited by hand.
    static func decode<T: Decodable>(_ type: T.Type, _ text: String, column: String, _ decoder: JSONDecoder) throws -> T {
        do {
            return try decoder.decode(type, from: Data(text.utf8))
        } catch {
            throw CorpusStoreError.database("the \(column) column holds malformed JSON")
        }
    }
}
