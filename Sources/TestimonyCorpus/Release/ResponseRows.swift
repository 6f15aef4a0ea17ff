import TestimonyModel

/// The `responses.csv` rows of one record: its quasi-identifiers and coded answers as
/// `(question, code)` pairs, sorted by question then code in byte order, each row prefixed with the
/// record's id, template, version and language. One value is reused from record to record.
///
/// Records of a template repeat the same questions in the same order, with codes from small sets,
/// so each pair position remembers its last question and the escaped row tails
/// (`question,code\n`) of the codes seen with it: a repeated pair costs two short byte comparisons
/// and its row two bulk copies. When every question is the last record's and they are all
/// distinct, the codes cannot change the order, and the last order is used again without sorting.
/// The remembered bytes live in flat arrays (no array per position or per tail to retain and
/// release).
///
/// Pairs come as bytes: from a plain stored answers cell as they stand in it (`add(_:)`, no
/// `String` made), or copied from `String`s. Everything is matched by its bytes, so a canonically
/// equivalent spelling never stands in for another.
struct ResponseRows {
    /// What a pair position remembers: the question last seen there (raw bytes in `questions`),
    /// its escaped head (`question,`) in `heads`, and how many codes it remembers.
    private struct Slot {
        var question: Range<Int>
        var head: Range<Int>
        var codeCount: Int
    }

    /// One pair of this record: where its escaped tail and its raw code are, in `arena` and
    /// `codes` (remembered) or in `scratch` and `scratchCodes` (this record only).
    private struct Pair {
        var tail: Range<Int>
        var code: Range<Int>
        var inScratch: Bool
    }

    /// The escaped fixed fields of the current record, with the trailing comma.
    private var prefix: [UInt8] = []
    /// The escaped template and version fields (with their commas) last made, and those values.
    private var fixed: [UInt8] = []
    private var fixedTemplate = ""
    private var fixedVersion = 0
    private var fixedASCII = false
    /// This record's pairs, in the order added: the first `count` entries (overwritten, not
    /// emptied, from record to record; emptying cost more than filling). Questions are the slots'.
    private var pairs: [Pair] = []
    private(set) var count = 0
    /// Remembered tails, back to back; emptied with everything remembered past `arenaLimit`.
    private var arena: [UInt8] = []
    /// Escaped questions with their comma, back to back (same limit).
    private var heads: [UInt8] = []
    /// Remembered questions and codes, raw, back to back (same limit).
    private var questions: [UInt8] = []
    private var codes: [UInt8] = []
    /// This record's tails and codes that are not remembered (a full position).
    private var scratch: [UInt8] = []
    private var scratchCodes: [UInt8] = []
    private var slots: [Slot] = []
    /// Per position, `maxCodes` entries: the remembered codes (in `codes`) and their tails (in `arena`).
    private var codeKeys: [Range<Int>] = []
    private var codeTails: [Range<Int>] = []
    private static let maxCodes = 16
    private let arenaLimit: Int
    /// Whether every pair so far had its position's question from the last record.
    private var sameQuestions = true
    private var lastCount = -1
    private var lastOrder: [Int] = []
    private var lastDistinct = false
    private var quasiKeys: [String] = []
    private var quasiKeysASCII = false
    /// Where each of `quasiKeys` is in the current record's dictionary (looked up once).
    private var quasiIndices: [Dictionary<String, String>.Index] = []
    /// The bytes of a pair given as `String`s.
    private var questionBuffer: [UInt8] = []
    private var codeBuffer: [UInt8] = []

    /// `arenaLimit`: bytes remembered before everything is dropped (small in tests).
    init(arenaLimit: Int = 1 << 20) {
        self.arenaLimit = arenaLimit
    }

    /// Starts the rows of a record.
    mutating func start(id: String, template: String, version: Int, language: String) {
        prefix.removeAll(keepingCapacity: true)
        appendPrefixField(id)
        // Template and version repeat from record to record: their escaped bytes are kept while
        // they are the same (an ASCII template, by `hasSameBytes(asASCII:)`).
        if !(fixedASCII && version == fixedVersion && template.hasSameBytes(asASCII: fixedTemplate)) {
            let start = prefix.count
            appendPrefixField(template)
            appendPrefixField(String(version))
            fixed.removeAll(keepingCapacity: true)
            fixed.append(contentsOf: prefix[start...])
            prefix.removeSubrange(start...)
            fixedTemplate = template
            fixedVersion = version
            fixedASCII = template.isASCII
        }
        prefix.append(contentsOf: fixed)
        appendPrefixField(language)
        count = 0
        scratch.removeAll(keepingCapacity: true)
        scratchCodes.removeAll(keepingCapacity: true)
        sameQuestions = true
        if arena.count > arenaLimit || heads.count > arenaLimit || codes.count > arenaLimit { forget() }
    }

    /// Drops everything remembered (positions replaced over time leave unused bytes behind).
    private mutating func forget() {
        arena.removeAll(keepingCapacity: true)
        heads.removeAll(keepingCapacity: true)
        questions.removeAll(keepingCapacity: true)
        codes.removeAll(keepingCapacity: true)
        slots.removeAll()
        codeKeys.removeAll()
        codeTails.removeAll()
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
            quasiKeysASCII = quasiKeys.allSatisfy(\.isASCII)
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
            // ASCII keys: `==` (the lookup) and an equal length mean the same bytes (`hasSameBytes(asASCII:)`).
            if quasiKeysASCII ? found.utf8.count != key.utf8.count : !found.utf8.elementsEqual(key.utf8) { return false }
            quasiIndices[n] = index
        }
        return true
    }

    mutating func add(question: String, code: String) {
        questionBuffer.removeAll(keepingCapacity: true)
        questionBuffer.append(contentsOf: question.utf8)
        codeBuffer.removeAll(keepingCapacity: true)
        codeBuffer.append(contentsOf: code.utf8)
        add(questionBuffer, questionBuffer.indices, code: codeBuffer, codeBuffer.indices)
    }

    /// Adds a record's coded answers: from a plain stored cell, its pairs as they stand in its
    /// bytes (no `String` made); from a list, each answer's bytes copied.
    mutating func add(_ answers: CorpusAnswers) {
        let fromCell: Void? = answers.withCell { bytes in
            var position = 1
            for _ in 0..<answers.count {
                let pair = CorpusAnswers.pair(at: position, in: bytes)
                add(bytes, pair.question, code: bytes, pair.code)
                position = pair.next
            }
        }
        if fromCell == nil {
            for answer in answers { add(question: answer.question, code: answer.code) }
        }
    }

    /// Adds the pair `question[questionRange]`, `code[codeRange]` (UTF-8 bytes).
    private mutating func add(_ question: [UInt8], _ questionRange: Range<Int>, code: [UInt8], _ codeRange: Range<Int>) {
        let p = count
        count += 1
        if !(p < slots.count && Self.same(questions, slots[p].question, question, questionRange)) {
            sameQuestions = false
            setSlot(p, question, questionRange)
        }
        let base = p * Self.maxCodes
        let n = slots[p].codeCount
        var k = base
        while k < base + n {
            if Self.same(codes, codeKeys[k], code, codeRange) {
                setPair(p, Pair(tail: codeTails[k], code: codeKeys[k], inScratch: false))
                return
            }
            k += 1
        }
        let head = slots[p].head
        if n < Self.maxCodes {
            let start = arena.count
            arena.append(contentsOf: heads[head])
            ReleaseCSV.appendField(code, codeRange, to: &arena)
            arena.append(0x0A)
            let codeStart = codes.count
            codes.append(contentsOf: code[codeRange])
            codeKeys[k] = codeStart..<codes.count
            codeTails[k] = start..<arena.count
            slots[p].codeCount = n + 1
            setPair(p, Pair(tail: start..<arena.count, code: codeKeys[k], inScratch: false))
        } else {
            let start = scratch.count
            scratch.append(contentsOf: heads[head])
            ReleaseCSV.appendField(code, codeRange, to: &scratch)
            scratch.append(0x0A)
            let codeStart = scratchCodes.count
            scratchCodes.append(contentsOf: code[codeRange])
            setPair(p, Pair(tail: start..<scratch.count, code: codeStart..<scratchCodes.count, inScratch: true))
        }
    }

    /// Whether `a[x]` and `b[y]` are the same bytes.
    private static func same(_ a: [UInt8], _ x: Range<Int>, _ b: [UInt8], _ y: Range<Int>) -> Bool {
        guard x.count == y.count else { return false }
        var i = 0
        while i < x.count {
            if a[x.lowerBound + i] != b[y.lowerBound + i] { return false }
            i += 1
        }
        return true
    }

    /// Position `p` now has `question[range]` and no remembered codes.
    private mutating func setSlot(_ p: Int, _ question: [UInt8], _ range: Range<Int>) {
        let start = heads.count
        ReleaseCSV.appendField(question, range, to: &heads)
        heads.append(UInt8(ascii: ","))
        let questionStart = questions.count
        questions.append(contentsOf: question[range])
        let slot = Slot(question: questionStart..<questions.count, head: start..<heads.count, codeCount: 0)
        if p == slots.count {
            slots.append(slot)
            codeKeys.append(contentsOf: repeatElement(0..<0, count: Self.maxCodes))
            codeTails.append(contentsOf: repeatElement(0..<0, count: Self.maxCodes))
        } else {
            slots[p] = slot
        }
    }

    private mutating func setPair(_ p: Int, _ pair: Pair) {
        if p < pairs.count { pairs[p] = pair } else { pairs.append(pair) }
    }

    /// Sorts the pairs and appends one CSV row per pair to `out`.
    mutating func append(to out: inout [UInt8]) {
        if !(sameQuestions && lastDistinct && count == lastCount) {
            sortPairs()
        }
        for index in lastOrder {
            out.append(contentsOf: prefix)
            let pair = pairs[index]
            if pair.inScratch { out.append(contentsOf: scratch[pair.tail]) } else { out.append(contentsOf: arena[pair.tail]) }
        }
    }

    /// Works out the order of this record's pairs (question, then code, in byte order).
    private mutating func sortPairs() {
        var bytes: [UInt8] = []
        var ranges: [(question: Range<Int>, code: Range<Int>)] = []
        ranges.reserveCapacity(count)
        for p in 0..<count {
            let start = bytes.count
            bytes.append(contentsOf: questions[slots[p].question])
            let middle = bytes.count
            let pair = pairs[p]
            bytes.append(contentsOf: pair.inScratch ? scratchCodes[pair.code] : codes[pair.code])
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
