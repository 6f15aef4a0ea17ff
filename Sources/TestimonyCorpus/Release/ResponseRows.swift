/// The `responses.csv` rows of one record: its quasi-identifiers and coded answers as
/// `(question, code)` pairs, sorted by question then code in byte order, each row prefixed with the
/// record's id, template, version and language. One value is reused from record to record, so
/// writing a row allocates nothing.
struct ResponseRows {
    /// The escaped fixed fields of the current record, with the trailing comma.
    private var prefix: [UInt8] = []
    /// Raw (unescaped) question and code bytes of every pair, back to back.
    private var bytes: [UInt8] = []
    private var pairs: [(question: Range<Int>, code: Range<Int>)] = []
    /// The questions in stored order, each followed by 0xFF (never in UTF-8). Records of a template
    /// repeat the same questions: when they are the last record's and all distinct, the codes
    /// cannot change the order, and the last order is used again without sorting.
    private var questions: [UInt8] = []
    private var lastQuestions: [UInt8] = []
    private var lastOrder: [Int] = []
    private var lastDistinct = false
    private var quasiKeys: [String] = []

    var count: Int { pairs.count }

    /// Starts the rows of a record.
    mutating func start(id: String, template: String, version: Int, language: String) {
        prefix.removeAll(keepingCapacity: true)
        appendPrefixField(id)
        appendPrefixField(template)
        appendPrefixField(String(version))
        appendPrefixField(language)
        bytes.removeAll(keepingCapacity: true)
        pairs.removeAll(keepingCapacity: true)
        questions.removeAll(keepingCapacity: true)
    }

    private mutating func appendPrefixField(_ field: String) {
        let start = prefix.count
        prefix.append(contentsOf: field.utf8)
        if prefix[start...].contains(where: ReleaseCSV.needsQuotes) {
            prefix.removeSubrange(start...)
            let bytes = Array(field.utf8)
            ReleaseCSV.appendField(bytes, bytes.indices, to: &prefix)
        }
        prefix.append(UInt8(ascii: ","))
    }

    /// Adds the quasi-identifier pairs. Their keys go in byte order, kept from record to record
    /// (a Dictionary's iteration order differs between equal dictionaries), so records of a
    /// template give the same question sequence and reuse the last row order.
    mutating func add(quasi: [String: String]) {
        if !sameKeys(quasi) { quasiKeys = quasi.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
        for key in quasiKeys { add(question: key, code: quasi[key] ?? "") }
    }

    /// Whether `quasi` has exactly the keys of `quasiKeys`, byte for byte (a lookup alone would
    /// also match a canonically equivalent spelling).
    private func sameKeys(_ quasi: [String: String]) -> Bool {
        guard quasi.count == quasiKeys.count else { return false }
        for key in quasiKeys {
            guard let index = quasi.index(forKey: key), quasi[index].key.utf8.elementsEqual(key.utf8) else { return false }
        }
        return true
    }

    mutating func add(question: String, code: String) {
        let start = bytes.count
        bytes.append(contentsOf: question.utf8)
        let middle = bytes.count
        bytes.append(contentsOf: code.utf8)
        pairs.append((start..<middle, middle..<bytes.count))
        questions.append(contentsOf: question.utf8)
        questions.append(0xFF)
    }

    /// Sorts the pairs and appends one CSV row per pair to `out`.
    mutating func append(to out: inout [UInt8]) {
        if !(lastDistinct && questions == lastQuestions) {
            let bytes = self.bytes
            let pairs = self.pairs
            lastOrder.removeAll(keepingCapacity: true)
            lastOrder.append(contentsOf: pairs.indices)
            lastOrder.sort { a, b in
                let byQuestion = Self.compare(bytes, pairs[a].question, pairs[b].question)
                return byQuestion != 0 ? byQuestion < 0 : Self.compare(bytes, pairs[a].code, pairs[b].code) < 0
            }
            lastDistinct = zip(lastOrder, lastOrder.dropFirst()).allSatisfy { a, b in
                Self.compare(bytes, pairs[a].question, pairs[b].question) != 0
            }
            swap(&questions, &lastQuestions)
        }
        for index in lastOrder {
            let pair = pairs[index]
            out.append(contentsOf: prefix)
            ReleaseCSV.appendField(bytes, pair.question, to: &out)
            out.append(UInt8(ascii: ","))
            ReleaseCSV.appendField(bytes, pair.code, to: &out)
            out.append(0x0A)
        }
    }

    /// Byte order of two ranges of `bytes`: negative, zero or positive.
    private static func compare(_ bytes: [UInt8], _ x: Range<Int>, _ y: Range<Int>) -> Int {
        let n = min(x.count, y.count)
        var i = 0
        while i < n {
            let p = bytes[x.lowerBound + i]
            let q = bytes[y.lowerBound + i]
            if p != q { return p < q ? -1 : 1 }
            i += 1
        }
        return x.count - y.count
    }
}
