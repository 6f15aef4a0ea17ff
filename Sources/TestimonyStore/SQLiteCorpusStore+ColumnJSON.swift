import TestimonyModel

extension SQLiteCorpusStore {
    /// Reads the small JSON columns (`themes`: string array, `quasi`: string → string, `levels`:
    /// string → int, `answers`: array of `[question, code]` pairs) as the store writes them, without
    /// JSONDecoder, which costs more than the rest of loading a record on Linux. A cell of any other
    /// shape (whitespace, repeated keys, numbers with fractions or exponents, invalid UTF-8…) gives
    /// nil and goes to JSONDecoder, so malformed cells fail exactly as before.
    enum ColumnJSON {
        static func stringArray(_ bytes: [UInt8]) -> [String]? {
            var s = StrictJSONScanner(bytes)
            guard s.take(UInt8(ascii: "[")), let array = s.stringArrayBody(), s.atEnd else { return nil }
            return array
        }

        static func stringMap(_ bytes: [UInt8]) -> [String: String]? {
            object(bytes) { $0.string() }
        }

        static func intMap(_ bytes: [UInt8]) -> [String: Int]? {
            object(bytes) { $0.integer() }
        }

        /// `[["q","c"],…]`: each element exactly two strings.
        static func pairs(_ bytes: [UInt8]) -> [CorpusAnswer]? {
            var s = StrictJSONScanner(bytes)
            guard s.take(UInt8(ascii: "[")) else { return nil }
            var answers: [CorpusAnswer] = []
            answers.reserveCapacity(16)
            if s.take(UInt8(ascii: "]")) { return s.atEnd ? answers : nil }
            while true {
                guard s.take(UInt8(ascii: "[")), let question = s.string(), s.take(UInt8(ascii: ",")), let code = s.string(),
                    s.take(UInt8(ascii: "]"))
                else { return nil }
                answers.append(CorpusAnswer(question: question, code: code))
                if s.take(UInt8(ascii: "]")) { return s.atEnd ? answers : nil }
                guard s.take(UInt8(ascii: ",")) else { return nil }
            }
        }

        private static func object<Value>(_ bytes: [UInt8], _ value: (inout StrictJSONScanner) -> Value?) -> [String: Value]? {
            var s = StrictJSONScanner(bytes)
            guard s.take(UInt8(ascii: "{")), let map = s.objectBody(value), s.atEnd else { return nil }
            return map
        }
    }
}
