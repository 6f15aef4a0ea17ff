import TestimonyModel

extension SQLiteCorpusStore {
    /// Reads the small JSON columns (`themes`: string array, `quasi`: string → string, `levels`:
    /// string → int) as the store writes them, without JSONDecoder, which costs more than the rest
    /// of loading a record on Linux. A cell of any other shape (whitespace, repeated keys, numbers
    /// with fractions or exponents, invalid UTF-8…) gives nil and goes to JSONDecoder, so malformed
    /// cells fail exactly as before.
    enum ColumnJSON {
        static func stringArray(_ text: String) -> [String]? {
            var s = StrictJSONScanner(Array(text.utf8))
            guard s.take(UInt8(ascii: "[")), let array = s.stringArrayBody(), s.atEnd else { return nil }
            return array
        }

        static func stringMap(_ text: String) -> [String: String]? {
            object(text) { $0.string() }
        }

        static func intMap(_ text: String) -> [String: Int]? {
            object(text) { $0.integer() }
        }

        private static func object<Value>(_ text: String, _ value: (inout StrictJSONScanner) -> Value?) -> [String: Value]? {
            var s = StrictJSONScanner(Array(text.utf8))
            guard s.take(UInt8(ascii: "{")), let map = s.objectBody(value), s.atEnd else { return nil }
            return map
        }
    }
}
