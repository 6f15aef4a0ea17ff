import Foundation
import TestimonyModel

extension SQLiteCorpusStore {
    /// An encoder for the `quasi`, `levels`, `answers` and `themes` columns: sorted keys, so equal
    /// values give equal bytes. Make one per operation and reuse it for every row.
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
    static func decode<T: Decodable>(_ type: T.Type, _ bytes: [UInt8], column: String, _ decoder: JSONDecoder) throws -> T {
        do {
            return try decoder.decode(type, from: Data(bytes))
        } catch {
            throw CorpusStoreError.database("the \(column) column holds malformed JSON")
        }
    }

    /// The `themes` column: the hand-written reader for the shape the store writes, JSONDecoder
    /// for anything else.
    static func decodeStrings(_ bytes: [UInt8], column: String, _ decoder: JSONDecoder) throws -> [String] {
        if let value = ColumnJSON.stringArray(bytes) { return value }
        return try decode([String].self, bytes, column: column, decoder)
    }

    /// The `quasi` column (see `decodeStrings`).
    static func decodeStringMap(_ bytes: [UInt8], column: String, _ decoder: JSONDecoder) throws -> [String: String] {
        if let value = ColumnJSON.stringMap(bytes) { return value }
        return try decode([String: String].self, bytes, column: column, decoder)
    }

    /// The `levels` column (see `decodeStrings`).
    static func decodeIntMap(_ bytes: [UInt8], column: String, _ decoder: JSONDecoder) throws -> [String: Int] {
        if let value = ColumnJSON.intMap(bytes) { return value }
        return try decode([String: Int].self, bytes, column: column, decoder)
    }

    /// The `answers` column: `[question, code]` pairs (see `decodeStrings`); a pair of any other
    /// length is malformed.
    static func decodePairs(
        _ bytes: [UInt8], column: String, _ decoder: JSONDecoder
    ) throws -> [CorpusAnswer] {
        if let value = ColumnJSON.pairs(bytes) { return value }
        let pairs = try decode([[String]].self, bytes, column: column, decoder)
        return try pairs.map { pair in
            guard pair.count == 2 else { throw CorpusStoreError.database("the \(column) column holds malformed JSON") }
            return CorpusAnswer(question: pair[0], code: pair[1])
        }
    }
}
