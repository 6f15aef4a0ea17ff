import Foundation
import TestimonyModel

extension SQLiteCorpusStore {
    /// Decoded `quasi`, `levels` and `themes` cells by their text, for one page. Generalised
    /// metadata repeats by design (k-anonymity puts at least k records in each class) and themes
    /// repeat per question, so most cells are decoded once and shared (copy-on-write) after that.
    struct ColumnCache {
        let decoder = JSONDecoder()
        /// Answers' questions and codes.
        var strings = TextInterner()
        private var quasiCells: [String: [String: String]] = [:]
        private var levelCells: [String: [String: Int]] = [:]
        private var themeCells: [String: [String]] = [:]
        /// Distinct cells kept per column; a page of all-different cells just decodes each.
        private static let limit = 64

        mutating func quasi(_ text: String) throws -> [String: String] {
            if let value = quasiCells[text] { return value }
            let value = try decodeStringMap(Array(text.utf8), column: "record.quasi", decoder)
            if quasiCells.count < Self.limit { quasiCells[text] = value }
            return value
        }

        mutating func levels(_ text: String) throws -> [String: Int] {
            if let value = levelCells[text] { return value }
            let value = try decodeIntMap(Array(text.utf8), column: "record.levels", decoder)
            if levelCells.count < Self.limit { levelCells[text] = value }
            return value
        }

        mutating func themes(_ text: String) throws -> [String] {
            if let value = themeCells[text] { return value }
            let value = try decodeStrings(Array(text.utf8), column: "excerpt.themes", decoder)
            if themeCells.count < Self.limit { themeCells[text] = value }
            return value
        }
    }
}
