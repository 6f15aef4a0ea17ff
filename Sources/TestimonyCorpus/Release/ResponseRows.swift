/// The `responses.csv` rows of one record: its quasi-identifiers and coded answers as
/// `(question, code)` pairs, sorted by question then code in byte order, each row prefixed with the
/// record's id, template, version and language. One value is reused from record to record.
///
/// Records of a template repeat the same questions in the same order, with codes from small sets,
/// so each pair position remembers its last question and the escaped row tails
/// (`question,code\n`) of the codes seen with it: a repeated pair costs two short comparisons and
/// its row two bulk copies. When every question is the last record's and they are all distinct,
/// the codes cannot change the order, and the last order is used again without sorting. The
/// remembered bytes live in flat arrays (no array per position or per tail to retain and release).
///
/// Only ASCII strings are reused, matched by `hasSameBytes(asASCII:)`.
struct ResponseRows {
    /// What a pair position remembers: the question last seen there, whether it is ASCII, its
    /// escaped head (`question,`) in `heads`, and how many codes it remembers.
    private struct Slot {
        var question: String
        var ascii: Bool
        var head: Range<Int>
        var codeCount: Int
    }

    /// One pair of this record: where its escaped tail is, in `arena` (remembered) or `scratch`
    /// (this record only), and its code, as an index into `codeKeys` or, for a code that is not
    /// remembered, into `scratchCodes`.
    private struct Pair {
        var tail: Range<Int>
        var inScratch: Bool
        var code: Int
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
    /// This record's tails that are not remembered (non-ASCII values, a full position).
    private var scratch: [UInt8] = []
    private var scratchCodes: [String] = []
    private var slots: [Slot] = []
    /// Per position, `maxCodes` entries: the remembered codes and their tails in `arena`.
    private var codeKeys: [String] = []
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
        if arena.count > arenaLimit || heads.count > arenaLimit { forget() }
    }

    /// Drops everything remembered (positions replaced over time leave unused bytes behind).
    private mutating func forget() {
        arena.removeAll(keepingCapacity: true)
        heads.removeAll(keepingCapacity: true)
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
        let p = count
        count += 1
        if !(p < slots.count && slots[p].ascii && question.hasSameBytes(asASCII: slots[p].question)) {
            sameQuestions = false
            setSlot(p, question)
        }
        let base = p * Self.maxCodes
        let n = slots[p].codeCount
        // Remembered codes are ASCII (and only under an ASCII question).
        var k = base
        while k < base + n {
            if code.hasSameBytes(asASCII: codeKeys[k]) {
                setPair(p, Pair(tail: codeTails[k], inScratch: false, code: k))
                return
            }
            k += 1
        }
        let bytes = Array(code.utf8)
        let head = slots[p].head
        if slots[p].ascii && n < Self.maxCodes && code.isASCII {
            let start = arena.count
            arena.append(contentsOf: heads[head])
            ReleaseCSV.appendField(bytes, bytes.indices, to: &arena)
            arena.append(0x0A)
            codeKeys[k] = code
            codeTails[k] = start..<arena.count
            slots[p].codeCount = n + 1
            setPair(p, Pair(tail: start..<arena.count, inScratch: false, code: k))
        } else {
            let start = scratch.count
            scratch.append(contentsOf: heads[head])
            ReleaseCSV.appendField(bytes, bytes.indices, to: &scratch)
            scratch.append(0x0A)
            scratchCodes.append(code)
            setPair(p, Pair(tail: start..<scratch.count, inScratch: true, code: scratchCodes.count - 1))
        }
    }

    /// Position `p` now has `question` and no remembered codes.
    private mutating func setSlot(_ p: Int, _ question: String) {
        let bytes = Array(question.utf8)
        let start = heads.count
        ReleaseCSV.appendField(bytes, bytes.indices, to: &heads)
        heads.append(UInt8(ascii: ","))
        let slot = Slot(question: question, ascii: question.isASCII, head: start..<heads.count, codeCount: 0)
        if p == slots.count {
            slots.append(slot)
            codeKeys.append(contentsOf: repeatElement("", count: Self.maxCodes))
            codeTails.append(contentsOf: repeatElement(0..<0, count: Self.maxCodes))
        } else {
            slots[p] = slot
        }
    }

    private mutating func setPair(_ p: Int, _ pair: Pair) {
        if p < pairs.count { pairs[p] = pair } else { pairs.append(pair) }
    }

    /// The code of pair `p`.
    private func code(_ p: Int) -> String {
        let pair = pairs[p]
        return pair.inScratch ? scratchCodes[pair.code] : codeKeys[pair.code]
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
            bytes.append(contentsOf: slots[p].question.utf8)
            let middle = bytes.count
            bytes.append(contentsOf: code(p).utf8)
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
