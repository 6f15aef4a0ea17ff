/// Ages (a quasi-identifier), written with digits or number words (1–20):
/// - fi `12-vuotias`, `12-vuotiaana`, `12 vuotias`, `12 vuotta vanha`, `12 vuoden ikäisenä`,
///   `kahdeksanvuotias`;
/// - sv `12 år gammal`, `12-åring`, `12-åriga`, `12 års ålder`, `tolvåring`;
/// - en `12 years old`, `12-year-old`, `aged 12`, `age 12`, `at the age of 12`, `twelve years old`.
/// A bare "12 vuotta" / "12 år" / "12 years" is a duration, not an age, and is not flagged.
/// Entity: the age; `generalized`: its five-year band (`10–14`).
public struct AgeDetector: Detector, WordStartScanning {
    public var name: String { "age" }

    public init() {}

    static let numberWords: [String: Int] = {
        var out: [String: Int] = [:]
        let finnish = ["yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän"]
        for (k, word) in finnish.enumerated() {
            out[word] = k + 1
            out[word + "toista"] = k + 11
        }
        out["neli"] = 4
        out["kymmenen"] = 10
        out["kymmen"] = 10
        out["kaksikymmentä"] = 20
        out["kaksikymmen"] = 20
        let swedish = [
            "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton",
            "fjorton", "femton", "sexton", "sjutton", "arton", "nitton", "tjugo",
        ]
        for (k, word) in swedish.enumerated() { out[word] = k + 1 }
        let english = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        ]
        for (k, word) in english.enumerated() { out[word] = k + 1 }
        return out
    }()

    /// For each first letter below U+0100 (lowercase), bit k is set when a number word of k scalars starts
    /// with it.
    static let numberWordShapes: [UInt64] = {
        var shapes = [UInt64](repeating: 0, count: 256)
        for word in numberWords.keys {
            guard let first = word.unicodeScalars.first, first.value < 0x100 else { continue }
            shapes[Int(first.value)] |= 1 << UInt64(min(word.unicodeScalars.count, 63))
        }
        return shapes
    }()

    /// For each pair of first and second letters below U+0100 (lowercase), bit `first * 256 + second` is set
    /// when a number word starts with them: most words are ruled out before their end is found.
    static let numberWordPairs: [UInt64] = {
        var pairs = [UInt64](repeating: 0, count: 256 * 4)
        for word in numberWords.keys {
            let scalars = Array(word.unicodeScalars)
            guard scalars.count >= 2, scalars[0].value < 0x100, scalars[1].value < 0x100 else { continue }
            let bit = Int(scalars[0].value) * 256 + Int(scalars[1].value)
            pairs[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        return pairs
    }()

    /// A first test for `numberWords` on a word's scalars.
    static let numberWordFilter = WordFilter(numberWords.keys)

    static let vuotia = CodeScan.lowered("vuotia")
    static let vuotta = CodeScan.lowered("vuotta")
    static let vuoden = CodeScan.lowered("vuoden")
    static let vanha = CodeScan.lowered("vanha")
    static let ikai = CodeScan.lowered("ikäi")
    static let aring = CodeScan.lowered("åring")
    static let arig = CodeScan.lowered("årig")
    static let ar = CodeScan.lowered("år")
    static let ars = CodeScan.lowered("års")
    static let gam = CodeScan.lowered("gam")
    static let alder = CodeScan.lowered("ålder")
    static let years: [[UInt32]] = ["years", "year", "yrs", "yr"].map(CodeScan.lowered)
    static let year = CodeScan.lowered("year")
    static let yearsWord = CodeScan.lowered("years")
    static let old = CodeScan.lowered("old")
    static let olds = CodeScan.lowered("olds")
    static let aged = CodeScan.lowered("aged")
    static let age = CodeScan.lowered("age")
    static let of = CodeScan.lowered("of")
    static let notAgeUnits: [[UInt32]] = ["months", "month", "weeks", "week", "days", "day", "group", "groups",
        "limit", "range", "bracket"].map(CodeScan.lowered)

    static func band(_ age: Int) -> String {
        let low = age / 5 * 5
        return "\(low)\u{2013}\(low + 4)"
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors.
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        func emit(_ start: Int, _ end: Int, _ age: Int) -> Int {
            out.append(Detection(
                start: start, end: end, type: .age, detector: name, confidence: 0.9, entity: String(age),
                generalized: Self.band(age)))
            return end
        }
        let shapes = Self.numberWordShapes
        let pairs = Self.numberWordPairs
        // Shared starts: digits, and words that pass the tests below (those on the word's length when its run is
        // letters only, so that the run's end is the word's end).
        CodeScan.forEachWordStart(sc, starts: wordStarts, where: { entry in
            let fact = entry.fact
            return fact & WordStarts.Fact.digitFirst != 0
                || Self.pairMayStartAge(entry, sc, pairs) && (fact & WordStarts.Fact.hasDigit != 0 || Self.mayBeAgeWord(sc, entry.start, entry.end, shapes))
        }) { i in
            if CodeScan.isDigit(sc[i]) {
                let numberEnd = CodeScan.digitRunEnd(sc, i)
                guard numberEnd - i <= 3, !CodeScan.continuedNumber(sc, i), numberEnd < n, let end = Self.ageSuffix(sc, numberEnd) else {
                    return nil
                }
                let age = CodeScan.value(sc, i, numberEnd)
                return age <= 120 ? emit(i, end, age) : nil
            }
            // Before finding the word's end: a word whose first two letters (both below U+0100, so each lowercases
            // to the one scalar `lower` gives) start no number word and are not "ag" has no age (a glued compound
            // starts with a number word of two letters or more; a one-letter word has none).
            guard Self.pairMayStartAge(sc, i, pairs) else { return nil }
            let wordEnd = CodeScan.letterRunEnd(sc, i)
            guard Self.mayBeAgeWord(sc, i, wordEnd, shapes), let found = Self.wordAge(sc, i, wordEnd) else { return nil }
            return emit(i, found.end, found.age)
        }
        return out
    }

    /// False when the word at `i` has no age for its first two letters (`numberWordPairs`, read by the caller
    /// once per text), both below U+0100: they start no number word and are not "ag".
    @inline(__always) static func pairMayStartAge(_ sc: [Unicode.Scalar], _ i: Int, _ pairs: [UInt64]) -> Bool {
        guard i + 1 < sc.count, sc[i].value < 0x100, sc[i + 1].value < 0x100 else { return true }
        let a = Int(CodeScan.lower(sc[i]))
        let b = Int(CodeScan.lower(sc[i + 1]))
        let bit = a &* 256 &+ b
        return pairs[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 || (a == 0x61 && b == 0x67)
    }

    /// False when the word `i..<wordEnd` (letters) can start no age in `wordAge`, tested without a String:
    /// "age"/"aged" are three or four letters starting "ag" (no number word of four letters or fewer starts with
    /// an a: `AgeDetectorTests`); a glued compound has seven letters or more; any other word must be a number
    /// word, first by its first letter and length (`numberWordShapes`), then by its scalars (`numberWordKeys`).
    /// (A first scalar below U+0100 lowercases to one scalar, and only one-scalar mappings can spell a number word;
    /// scalars below U+0100 lowercase as `CodeScan.lower` does.)
    @inline(__always) static func mayBeAgeWord(_ sc: [Unicode.Scalar], _ i: Int, _ wordEnd: Int, _ shapes: [UInt64]) -> Bool {
        let length = wordEnd - i
        let first = sc[i].value
        guard length < 7, first < 0x100 else { return true }
        if length >= 3 && length <= 4 && first | 0x20 == 0x61 && CodeScan.lower(sc[i + 1]) == 0x67 { return true }
        guard shapes[Int(CodeScan.lower(sc[i]))] & (1 &<< UInt64(length)) != 0 else { return false }
        guard let key = packed(sc, i, wordEnd) else { return true }
        let keys = numberWordKeys
        var low = 0
        var high = keys.count
        while low < high {
            let mid = (low + high) >> 1
            if keys[mid] == key { return true }
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return false
    }

    /// The lowercase scalars `i..<end` (at most eight, each below U+0100) as the bytes of one number, first
    /// scalar lowest; nil for a longer word or another scalar.
    @inline(__always) static func packed(_ sc: [Unicode.Scalar], _ i: Int, _ end: Int) -> UInt64? {
        guard end - i <= 8 else { return nil }
        var key: UInt64 = 0
        var shift: UInt64 = 0
        for k in i..<end {
            let v = CodeScan.lower(sc[k])
            guard v < 0x100 else { return nil }
            key |= UInt64(v) &<< shift
            shift &+= 8
        }
        return key
    }

    /// `packed` of every number word that has one, sorted.
    static let numberWordKeys: [UInt64] = numberWords.keys.compactMap { word in
        let scalars = Array(word.unicodeScalars)
        return packed(scalars, 0, scalars.count)
    }.sorted()

    /// `pairMayStartAge(sc, entry.start, pairs)`, from the first two scalars in the entry's `head` when it has one.
    @inline(__always) static func pairMayStartAge(_ entry: WordStarts.Entry, _ sc: [Unicode.Scalar], _ pairs: [UInt64]) -> Bool {
        guard entry.head != WordStarts.noHead else { return pairMayStartAge(sc, entry.start, pairs) }
        let a = Int(entry.head >> 20)
        let b = Int(entry.head >> 10 & 0x3FF)
        guard a < 0x100, b < 0x100 else { return true }
        let bit = a &* 256 &+ b
        return pairs[bit &>> 6] & (1 &<< UInt64(bit & 63)) != 0 || (a == 0x61 && b == 0x67)
    }

    /// Ages that start with a word at `i` (ending at `wordEnd`): "aged 12", "twelve years old",
    /// "kahdeksanvuotias", "tolvåring".
    static func wordAge(_ sc: [Unicode.Scalar], _ i: Int, _ wordEnd: Int) -> (end: Int, age: Int)? {
        let n = sc.count
        let length = wordEnd - i
        guard length >= 3, wordEnd <= n else { return nil }
        // aged 12, age 12, age of 12
        if CodeScan.equals(sc, i, wordEnd, aged) || CodeScan.equals(sc, i, wordEnd, age) {
            guard wordEnd + 1 < n, CodeScan.isSpace(sc[wordEnd]) else { return nil }
            var k = wordEnd + 1
            if CodeScan.matches(sc, k, of), k + 3 < n, CodeScan.isSpace(sc[k + 2]) { k += 3 }
            let value: Int
            let end: Int
            if CodeScan.isDigit(sc[k]) {
                end = CodeScan.digitRunEnd(sc, k)
                guard end - k <= 3, CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end) else { return nil }
                value = CodeScan.value(sc, k, end)
            } else {
                end = CodeScan.letterRunEnd(sc, k)
                guard end > k, let v = numberWords[CodeScan.lowercased(sc, k, end)] else { return nil }
                value = v
            }
            guard value <= 120 else { return nil }
            if end + 1 < n, CodeScan.isSpace(sc[end]) {
                let nextEnd = CodeScan.letterRunEnd(sc, end + 1)
                if notAgeUnits.contains(where: { CodeScan.equals(sc, end + 1, nextEnd, $0) }) { return nil }
            }
            return (end, value)
        }
        // twelve years old, kaksitoista vuotta vanha, tolv år gammal (only a number word can start one)
        if wordEnd + 2 < n, CodeScan.isSpace(sc[wordEnd]) || CodeScan.isDash(sc[wordEnd]), numberWordFilter.mayContain(sc, i, wordEnd),
            let end = ageSuffix(sc, wordEnd), let value = numberWords[CodeScan.lowercased(sc, i, wordEnd)]
        {
            return (end, value)
        }
        // kahdeksanvuotias, tolvåring: a number word glued to the age word
        guard length >= 7 else { return nil }
        for p in (i + 2)..<(wordEnd - 3) {
            let c = sc[p]
            guard c == "v" || c == "å" else { continue }
            let glued = c == "v" ? CodeScan.matches(sc, p, vuotia)
                : CodeScan.matches(sc, p, aring) || CodeScan.matches(sc, p, arig)
            guard glued, numberWordFilter.mayContain(sc, i, p), let value = numberWords[CodeScan.lowercased(sc, i, p)] else { continue }
            return (wordEnd, value)
        }
        return nil
    }

    /// The end of an age expression after a number that ends at `k` ("-vuotias", " years old", …).
    static func ageSuffix(_ sc: [Unicode.Scalar], _ k: Int) -> Int? {
        let n = sc.count
        guard k + 2 < n else { return nil }
        let c = sc[k]
        if CodeScan.isDash(c) {
            let w = k + 1
            let wordEnd = CodeScan.letterRunEnd(sc, w)
            if CodeScan.matches(sc, w, vuotia) || CodeScan.matches(sc, w, aring) || CodeScan.matches(sc, w, arig) {
                return wordEnd
            }
            // 12-year-old, 12-years-old, 12-year-olds
            if CodeScan.equals(sc, w, wordEnd, year) || CodeScan.equals(sc, w, wordEnd, yearsWord),
                wordEnd + 1 < n, CodeScan.isDash(sc[wordEnd])
            {
                let oldEnd = CodeScan.letterRunEnd(sc, wordEnd + 1)
                if CodeScan.equals(sc, wordEnd + 1, oldEnd, old) || CodeScan.equals(sc, wordEnd + 1, oldEnd, olds) {
                    return oldEnd
                }
            }
            return nil
        }
        guard CodeScan.isSpace(c) else { return nil }
        let w = k + 1
        let wordEnd = CodeScan.letterRunEnd(sc, w)
        guard wordEnd > w else { return nil }
        if CodeScan.matches(sc, w, vuotia) { return wordEnd }
        // The second word: "vanha", "ikäinen", "gammal", "ålder", "old".
        guard wordEnd + 1 < n, CodeScan.isSpace(sc[wordEnd]) || (sc[wordEnd] == "-" && CodeScan.isLetter(sc[wordEnd + 1]))
        else { return nil }
        let v = wordEnd + 1
        let secondEnd = CodeScan.letterRunEnd(sc, v)
        guard secondEnd > v else { return nil }
        if CodeScan.equals(sc, w, wordEnd, vuotta) || CodeScan.equals(sc, w, wordEnd, vuoden) {
            return CodeScan.matches(sc, v, vanha) || CodeScan.matches(sc, v, ikai) ? secondEnd : nil
        }
        if CodeScan.equals(sc, w, wordEnd, ar) { return CodeScan.matches(sc, v, gam) ? secondEnd : nil }
        if CodeScan.equals(sc, w, wordEnd, ars) { return CodeScan.matches(sc, v, alder) ? secondEnd : nil }
        if years.contains(where: { CodeScan.equals(sc, w, wordEnd, $0) }) {
            return CodeScan.equals(sc, v, secondEnd, old) || CodeScan.equals(sc, v, secondEnd, olds) ? secondEnd : nil
        }
        return nil
    }
}
