import Foundation
import TestimonyModel

extension SQLiteCorpusStore {
    /// Decoded `quasi`, `levels` and `themes` cells by their text, for one page. Generalised
    /// metadata repeats by design (k-anonymity puts at least k records in each class) and themes
    /// repeat per question, so most cells are decoded once and shared (copy-on-write) after that.
    ///
    /// A cell is reused only for the same bytes: `String` equality (and so a dictionary lookup) also
    /// matches a canonically equivalent spelling, which must read back as written. `levels` first
    /// compares with the last cell (it rarely changes), which costs less than hashing the text for
    /// the dictionary; `quasi` and `themes` vary too much for that to pay.
    struct ColumnCache {
        let decoder = JSONDecoder()
        private var quasiCells: [String: [String: String]] = [:]
        private var levelCells: [String: [String: Int]] = [:]
        private var themeCells: [String: [String]] = [:]
        private var lastLevels: (text: String, value: [String: Int])?
        /// Distinct cells kept per column; a page of all-different cells just decodes each.
        private static let limit = 64

        mutating func quasi(_ text: String) throws -> [String: String] {
            try Self.cached(text, in: &quasiCells) { try decodeStringMap(Array(text.utf8), column: "record.quasi", decoder) }
        }

        mutating func levels(_ text: String) throws -> [String: Int] {
            if let last = lastLevels, last.text.hasSameBytes(as: text) { return last.value }
            let value = try Self.cached(text, in: &levelCells) { try decodeIntMap(Array(text.utf8), column: "record.levels", decoder) }
            lastLevels = (text, value)
            return value
        }

        mutating func themes(_ text: String) throws -> [String] {
            try Self.cached(text, in: &themeCells) { try decodeStrings(Array(text.utf8), column: "excerpt.themes", decoder) }
        }

        /// The answers of an `answers` cell: the cell's bytes themselves when they have the plain
        /// shape the store writes for ASCII questions and codes (`CorpusAnswers(cell:)`, read as
        /// they are visited), else decoded in full.
        func answers(_ text: String) throws -> CorpusAnswers {
            let bytes = Array(text.utf8)
            if let answers = CorpusAnswers(cell: bytes) { return answers }
            return CorpusAnswers(try decodePairs(bytes, column: "record.answers", decoder))
        }

        /// The cell `text` decoded: from `cells` if a key there has its bytes, else by `decode`
        /// (remembered unless `cells` is full or holds an equivalent spelling, which keeps its place).
        private static func cached<Value>(_ text: String, in cells: inout [String: Value], _ decode: () throws -> Value) throws -> Value {
            if let index = cells.index(forKey: text) {
                if cells[index].key.hasSameBytes(as: text) { return cells[index].value }
                return try decode()
            }
            let value = try decode()
            if cells.count < limit { cells[text] = value }
            return value
        }
    }
}
