/// The `responses.csv` rows of one record: its quasi-identifiers and coded answers as
/// `(question, code)` pairs, sorted by question then code in byte order, each row prefixed with the
/// record's id, template, version and language. One value is reused from record to record.
///
/// Records of a template repeat the same questions in the same order, with codes from small sets,
/// so each pair position remembers its last question and the escaped row tails
/// (`question,code\n`) of the codes seen with it: a repeated pair costs two short comparisons and
/// its row two bulk copies. When every question is the last record's and they are all distinct,
/// the codes cannot change the order, and the last order is used again without sorting.
struct ResponseRows {
    /// The escaped fixed fields of the current record, with the trailing comma.
    private var prefix: [UInt8] = []
    /// This record's pairs, in the order added: the first `count` entries (the arrays are
    /// overwritten, not emptied, from record to record; emptying them cost more than filling).
    private var pairs: [(question: String, code: String)] = []
    /// Each pair's escaped tail, `question,code\n` (shared with `slots`).
    private var tails: [[UInt8]] = []
    private(set) var count = 0
    /// Per pair position: the question last seen there and tails of its codes.
    private var slots: [Slot] = []
    /// Whether every pair so far had its position's question from the last record.
    private var sameQuestions = true
    private var lastCount = -1
    private var lastOrder: [Int] = []
    private var lastDistinct = false
    private var quasiKeys: [String] = []
    private var quasiKeysASCII = false
    /// Where each of `quasiKeys` is in the current record's dictionary (looked up once).
    private var quasiIndices: [Dictionary<String, String>.Index] = []

    /// A pair position's question with the tails of codes seen with it. Only ASCII strings are
    /// reused, matched with `==` and an equal UTF-8 length: for ASCII, that means the same bytes
    /// (a non-ASCII spelling canonically equivalent to an ASCII string is always longer, e.g.
    /// U+212A KELVIN SIGN for "K"), while `==` alone would match other spellings.
    private struct Slot {
        var question: String
        var questionASCII: Bool
        /// The escaped question and its comma.
        var head: [UInt8]
        var codes: [String] = []
        var codeTails: [[UInt8]] = []
        static let maxCodes = 16
    }

    /// Starts the rows of a record.
    mutating func start(id: String, template: String, version: Int, language: String) {
        prefix.removeAll(keepingCapacity: true)
        appendPrefixField(id)
        appendPrefixField(template)
        appendPrefixField(String(version))
        appendPrefixField(language)
        count = 0
        sameQuestions = true
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
        if !sameKeys(quasi) {
            quasiKeys = quasi.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            quasiKeysASCII = quasiKeys.allSatisfy(Self.isASCII)
            quasiIndices = quasiKeys.map { quasi.index(forKey: $0)! }
        }
        for (key, index) in zip(quasiKeys, quasiIndices) { add(question: key, code: quasi[index].value) }
    }

    /// Whether `quasi` has exactly the keys of `quasiKeys`, byte for byte (a lookup alone would
    /// also match a canonically equivalent spelling); fills `quasiIndices` with where they are.
    private mutating func sameKeys(_ quasi: [String: String]) -> Bool {
        guard quasi.count == quasiKeys.count else { return false }
        for (n, key) in quasiKeys.enumerated() {
            guard let index = quasi.index(forKey: key) else { return false }
            let found = quasi[index].key
            // ASCII keys: an equal length means the same bytes (see `Slot`).
            if quasiKeysASCII ? found.utf8.count != key.utf8.count : !found.utf8.elementsEqual(key.utf8) { return false }
            quasiIndices[n] = index
        }
        return true
    }

    mutating func add(question: String, code: String) {
        let position = count
        count += 1
        if position < pairs.count { pairs[position] = (question, code) } else { pairs.append((question, code)) }
        if position < slots.count, slots[position].questionASCII, Self.sameASCII(question, slots[position].question) {
            // The question this position had in the last record.
        } else {
            sameQuestions = false
            let slot = Slot(question: question, questionASCII: Self.isASCII(question), head: Self.head(question))
            if position < slots.count { slots[position] = slot } else { slots.append(slot) }
        }
        // Cached codes are ASCII.
        if let k = slots[position].codes.firstIndex(where: { Self.sameASCII(code, $0) }) {
            setTail(position, slots[position].codeTails[k])
            return
        }
        var tail = slots[position].head
        let bytes = Array(code.utf8)
        ReleaseCSV.appendField(bytes, bytes.indices, to: &tail)
        tail.append(0x0A)
        setTail(position, tail)
        if Self.isASCII(code) && slots[position].codes.count < Slot.maxCodes && slots[position].questionASCII {
            slots[position].codes.append(code)
            slots[position].codeTails.append(tail)
        }
    }

    private mutating func setTail(_ position: Int, _ tail: [UInt8]) {
        if position < tails.count { tails[position] = tail } else { tails.append(tail) }
    }

    /// `ascii` is ASCII; whether `value` has the same bytes.
    private static func sameASCII(_ value: String, _ ascii: String) -> Bool {
        value.utf8.count == ascii.utf8.count && value == ascii
    }

    private static func isASCII(_ value: String) -> Bool { value.utf8.allSatisfy { $0 < 0x80 } }

    private static func head(_ question: String) -> [UInt8] {
        let bytes = Array(question.utf8)
        var head: [UInt8] = []
        ReleaseCSV.appendField(bytes, bytes.indices, to: &head)
        head.append(UInt8(ascii: ","))
        return head
    }

    /// Sorts the pairs and appends one CSV row per pair to `out`.
    mutating func append(to out: inout [UInt8]) {
        if !(sameQuestions && lastDistinct && count == lastCount) {
            sortPairs()
        }
        for index in lastOrder {
            out.append(contentsOf: prefix)
            out.append(contentsOf: tails[index])
        }
    }

    /// Works out the order of this record's pairs (question, then code, in byte order).
    private mutating func sortPairs() {
        var bytes: [UInt8] = []
        var ranges: [(question: Range<Int>, code: Range<Int>)] = []
        ranges.reserveCapacity(count)
        for pair in pairs[..<count] {
            let start = bytes.count
            bytes.append(contentsOf: pair.question.utf8)
            let middle = bytes.count
            bytes.append(contentsOf: pair.code.utf8)
            ranges.append((start..<middle, middle..<bytes.count))
        }
        lastOrder.removeAll(keepingCapacity: true)
        lastOrder.append(contentsOf: ranges.indices)
        lastOrder.sort { a, b in
            let byQuestion = Self.compare(bytes, ranges[a].question, ranges[b].question)
            return byQuestion != 0 ? byQuestion < 0 : Self.compare(bytes, ranges[a].code, ranges[b].code) < 0
        }
        lastDistinct = zip(lastOrder, lastOrder.dropFirst()).allSatisfy { a, b in
            Self.compare(bytes, ranges[a].question, ranges[b].question) != 0
        }
        lastCount = count
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
