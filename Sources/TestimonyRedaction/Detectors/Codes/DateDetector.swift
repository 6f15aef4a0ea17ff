/// Exact calendar dates (a quasi-identifier): `12.3.2019`, `12.03.19`, `2019-03-12`, `12/3/2019`,
/// `12. maaliskuuta 2019`, `12 mars 2019`, `12th of March 2019`, `March 12, 2019`, and day + month
/// without a year (`12. maaliskuuta`, `March 12`; full month names only, lower confidence).
/// Bare years, version numbers (`1.2.3`), times (`12.30`) and decimals are not dates.
/// `12/3/2019` is read day first unless the second number cannot be a month.
/// Two-digit years: 00–49 → 2000s, 50–99 → 1900s.
/// Entity `YYYY-MM-DD` (`--MM-DD` without a year); `generalized` the year `YYYY`; `subtype` `YYYY-MM`.
public struct DateDetector: Detector, WordStartScanning {
    public var name: String { "date" }

    public init() {}

    struct Found {
        var start: Int
        var end: Int
        var day: Int
        var month: Int
        var year: Int?
        var confidence: Double
    }

    static let finnishStems = [
        "tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu",
    ]
    static let swedishMonths = [
        "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november",
        "december",
    ]
    static let englishMonthNames = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    static let abbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "okt": 10, "nov": 11, "dec": 12,
    ]

    /// Every month word after a day number, lowercase: Finnish (partitive, genitive, nominative), Swedish
    /// and English names, and abbreviations.
    static let months: [String: Int] = {
        var out: [String: Int] = [:]
        for (k, stem) in finnishStems.enumerated() {
            for ending in ["kuuta", "kuun", "kuu"] { out[stem + ending] = k + 1 }
        }
        for (k, word) in swedishMonths.enumerated() { out[word] = k + 1 }
        for (k, word) in englishMonthNames.enumerated() { out[word] = k + 1 }
        for (word, month) in abbreviations { out[word] = month }
        return out
    }()

    /// English month words that may come before the day ("March 12, 2019").
    static let englishMonths: [String: Int] = {
        var out = abbreviations
        for (k, word) in englishMonthNames.enumerated() { out[word] = k + 1 }
        out["okt"] = nil
        return out
    }()

    /// The first two letters of every key of `months` (all ASCII), as `CaseNumberDetector.pairKey`s.
    static let monthPairs = KeySet(months.keys.map { word in
        let scalars = Array(word.unicodeScalars)
        return CaseNumberDetector.pairKey(scalars[0], scalars[1])
    })

    /// The first two letters of every key of `englishMonths`, as `CaseNumberDetector.pairKey`s.
    static let englishMonthPairs = KeySet(englishMonths.keys.map { word in
        let scalars = Array(word.unicodeScalars)
        return CaseNumberDetector.pairKey(scalars[0], scalars[1])
    })

    static let ordinals: [[UInt32]] = ["st", "nd", "rd", "th"].map(CodeScan.lowered)
    static let of = CodeScan.lowered("of")

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors.
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let sc = text.scalars
        var out: [Detection] = []
        // Shared starts: digits, and capitals whose first two letters start an English month word (`monthFirst`
        // reads a word of three letters or more; a second scalar beyond ASCII is let through).
        let monthPairs = Self.englishMonthPairs
        CodeScan.forEachWordStart(sc, starts: wordStarts, among: wordStarts?.digitsOrCapitals, where: { entry in
            let i = entry.start
            return entry.fact & WordStarts.Fact.digitFirst != 0
                || entry.end - i >= 3 && CodeScan.isASCIIUpper(sc[i])
                    && (sc[i + 1].value >= 0x80 || monthPairs.contains(CaseNumberDetector.pairKey(sc[i], sc[i + 1])))
        }) { i in
            let s = sc[i]
            var found: Found?
            if CodeScan.isDigit(s) {
                if !CodeScan.continuedNumber(sc, i) { found = Self.dayFirst(sc, i) }
            } else if CodeScan.isASCIIUpper(s) {
                found = Self.monthFirst(sc, i)
            }
            guard let found else { return nil }
            let m = CodeScan.pad2(found.month)
            let d = CodeScan.pad2(found.day)
            out.append(Detection(
                start: found.start, end: found.end, type: .date, detector: name, confidence: found.confidence,
                entity: found.year.map { "\($0)-\(m)-\(d)" } ?? "--\(m)-\(d)",
                subtype: found.year.map { "\($0)-\(m)" }, generalized: found.year.map { String($0) }))
            return found.end
        }
        return out
    }

    @inline(__always) static func isDateSeparator(_ s: Unicode.Scalar) -> Bool {
        s == "." || s == "/" || CodeScan.isDash(s)
    }

    static func fullYear(_ value: Int, digits: Int) -> Int? {
        if digits == 2 { return value < 50 ? 2000 + value : 1900 + value }
        return digits == 4 && value >= 1800 && value <= 2199 ? value : nil
    }

    /// A date starting with a number at `i`: numeric, ISO, or day + month name.
    static func dayFirst(_ sc: [Unicode.Scalar], _ i: Int) -> Found? {
        let n = sc.count
        let firstEnd = CodeScan.digitRunEnd(sc, i)
        let length = firstEnd - i
        guard firstEnd + 1 < n else { return nil }
        let sep = sc[firstEnd]
        if length == 4 {
            // 2019-03-12, 2019/03/12
            guard sep == "/" || CodeScan.isDash(sep), let year = fullYear(CodeScan.value(sc, i, firstEnd), digits: 4),
                CodeScan.isDigit(sc[firstEnd + 1])
            else { return nil }
            let monthEnd = CodeScan.digitRunEnd(sc, firstEnd + 1)
            guard monthEnd - firstEnd - 1 <= 2, monthEnd + 1 < n, sc[monthEnd] == sep, CodeScan.isDigit(sc[monthEnd + 1])
            else { return nil }
            let dayEnd = CodeScan.digitRunEnd(sc, monthEnd + 1)
            guard dayEnd - monthEnd - 1 <= 2, CodeScan.boundaryAfter(sc, dayEnd), !CodeScan.continuesNumber(sc, dayEnd)
            else { return nil }
            let month = CodeScan.value(sc, firstEnd + 1, monthEnd)
            let day = CodeScan.value(sc, monthEnd + 1, dayEnd)
            guard CodeScan.isValidDate(day: day, month: month, year: year) else { return nil }
            return Found(start: i, end: dayEnd, day: day, month: month, year: year, confidence: 0.95)
        }
        guard length <= 2 else { return nil }
        let first = CodeScan.value(sc, i, firstEnd)
        if isDateSeparator(sep), CodeScan.isDigit(sc[firstEnd + 1]) {
            // 12.3.2019, 12.03.19, 12/3/2019, 12-3-2019
            let secondEnd = CodeScan.digitRunEnd(sc, firstEnd + 1)
            guard secondEnd - firstEnd - 1 <= 2, secondEnd + 1 < n, sc[secondEnd] == sep,
                CodeScan.isDigit(sc[secondEnd + 1])
            else { return nil }
            let second = CodeScan.value(sc, firstEnd + 1, secondEnd)
            let yearEnd = CodeScan.digitRunEnd(sc, secondEnd + 1)
            let yearDigits = yearEnd - secondEnd - 1
            guard yearDigits == 4 || (yearDigits == 2 && !CodeScan.isDash(sep)),
                let year = fullYear(CodeScan.value(sc, secondEnd + 1, yearEnd), digits: yearDigits),
                CodeScan.boundaryAfter(sc, yearEnd), !CodeScan.continuesNumber(sc, yearEnd)
            else { return nil }
            var day = first
            var month = second
            if sep == "/", second > 12, first <= 12 { swap(&day, &month) }
            guard CodeScan.isValidDate(day: day, month: month, year: year) else { return nil }
            return Found(start: i, end: yearEnd, day: day, month: month, year: year, confidence: sep == "." ? 0.9 : 0.85)
        }
        // 12. maaliskuuta 2019, 12 mars 2019, 12th of March 2019, 12:e mars
        var k = firstEnd
        if sc[k] == "." {
            k += 1
        } else if ordinals.contains(where: { CodeScan.matches(sc, k, $0) }), k + 2 < n, !CodeScan.isLetter(sc[k + 2]) {
            k += 2
        } else if sc[k] == ":", k + 2 < n, sc[k + 1] == "e" || sc[k + 1] == "a", !CodeScan.isLetter(sc[k + 2]) {
            k += 2
        }
        guard k + 1 < n, CodeScan.isSpace(sc[k]) else { return nil }
        k += 1
        if CodeScan.matches(sc, k, of), k + 3 < n, CodeScan.isSpace(sc[k + 2]) { k += 3 }
        guard k < n, CodeScan.isLetter(sc[k]) else { return nil }
        let monthEnd = CodeScan.letterRunEnd(sc, k)
        guard monthEnd - k >= 3, monthEnd - k <= 13 else { return nil }
        // Most words after a number start no month word: their first two letters are tested before a String is made
        // (a scalar beyond ASCII is let through: the Kelvin sign lowercases to "k").
        guard sc[k].value >= 0x80 || sc[k + 1].value >= 0x80 || monthPairs.contains(CaseNumberDetector.pairKey(sc[k], sc[k + 1])) else {
            return nil
        }
        let word = CodeScan.lowercased(sc, k, monthEnd)
        guard let month = months[word] else { return nil }
        let abbreviated = abbreviations[word] != nil
        if let (yearEnd, year) = yearAfter(sc, monthEnd, abbreviated: abbreviated) {
            guard CodeScan.isValidDate(day: first, month: month, year: year) else { return nil }
            return Found(start: i, end: yearEnd, day: first, month: month, year: year, confidence: 0.95)
        }
        guard !abbreviated, monthEnd - k >= 4, CodeScan.boundaryAfter(sc, monthEnd),
            CodeScan.isValidDate(day: first, month: month, year: nil)
        else { return nil }
        return Found(start: i, end: monthEnd, day: first, month: month, year: nil, confidence: 0.7)
    }

    /// `[.][,] YYYY` right after a month word ending at `k`.
    static func yearAfter(_ sc: [Unicode.Scalar], _ k: Int, abbreviated: Bool) -> (end: Int, year: Int)? {
        let n = sc.count
        var y = k
        if abbreviated, y < n, sc[y] == "." { y += 1 }
        if y < n, sc[y] == "," { y += 1 }
        guard y + 1 < n, CodeScan.isSpace(sc[y]), CodeScan.isDigit(sc[y + 1]) else { return nil }
        let yearEnd = CodeScan.digitRunEnd(sc, y + 1)
        guard yearEnd - y - 1 == 4, CodeScan.boundaryAfter(sc, yearEnd), !CodeScan.continuesNumber(sc, yearEnd),
            let year = fullYear(CodeScan.value(sc, y + 1, yearEnd), digits: 4)
        else { return nil }
        return (yearEnd, year)
    }

    /// `March 12, 2019`, `Mar. 12th 2019`, `March 12` (English, capitalised month).
    static func monthFirst(_ sc: [Unicode.Scalar], _ i: Int) -> Found? {
        let n = sc.count
        let wordEnd = CodeScan.letterRunEnd(sc, i)
        guard wordEnd - i >= 3, wordEnd - i <= 9, wordEnd + 2 < n else { return nil }
        var k = wordEnd
        if sc[k] == "." { k += 1 }
        guard k + 1 < n, CodeScan.isSpace(sc[k]), CodeScan.isDigit(sc[k + 1]) else { return nil }
        let word = CodeScan.lowercased(sc, i, wordEnd)
        guard let month = englishMonths[word] else { return nil }
        let abbreviated = abbreviations[word] != nil
        if k > wordEnd, !abbreviated { return nil }
        let dayStart = k + 1
        let dayEnd = CodeScan.digitRunEnd(sc, dayStart)
        guard dayEnd - dayStart <= 2 else { return nil }
        let day = CodeScan.value(sc, dayStart, dayEnd)
        var end = dayEnd
        if ordinals.contains(where: { CodeScan.matches(sc, end, $0) }) { end += 2 }
        guard CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end) else { return nil }
        if let (yearEnd, year) = yearAfter(sc, end, abbreviated: false) {
            guard CodeScan.isValidDate(day: day, month: month, year: year) else { return nil }
            return Found(start: i, end: yearEnd, day: day, month: month, year: year, confidence: 0.95)
        }
        guard !abbreviated, CodeScan.isValidDate(day: day, month: month, year: nil) else { return nil }
        return Found(start: i, end: end, day: day, month: month, year: nil, confidence: 0.7)
    }
}
