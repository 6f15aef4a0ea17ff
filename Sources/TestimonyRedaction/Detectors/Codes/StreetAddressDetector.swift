/// Street addresses: a street name and a house number, with an optional letter, range, staircase and
/// apartment.
/// - Finnish streets ending in -katu, -tie, -kuja, -polku, -väylä, -raitti, -rinne, -ranta, -piha, -kaari,
///   -tori, -aukio, -bulevardi, also inflected in the genitive and the external local cases
///   ("Hämeenkadulla 12", "Mannerheimintiellä 5"): `Hämeenkatu 12 B 4`, `Koulutie 3`, `Koulutie 3 as. 5`;
/// - Swedish streets ending in -gatan, -vägen, -gränd, -stigen, -torget, -allén, -backen, -leden, -platsen:
///   `Storgatan 12`, `Storgatan 12 lgh 1102`;
/// - English `12 Baker Street`, `221B Baker St` (Street, Road, Lane, Avenue, Drive, Close, Way, … and
///   their abbreviations).
/// The street word must be capitalised and longer than its ending ("Tie 5" is not an address); a
/// preceding "Pohjoinen", "Vanha", "Norra", "Stora", … is included. Entity: the address lowercased.
public struct StreetAddressDetector: Detector, WordStartScanning {
    public var name: String { "address" }

    public init() {}

    /// Lowercase endings of Nordic street names, nominative and inflected.
    static let nordicEndings: [String] = {
        // (nominative, weak stem for the inflected forms)
        let finnish: [(String, String)] = [
            ("katu", "kadu"), ("tie", "tie"), ("kuja", "kuja"), ("polku", "polu"), ("väylä", "väylä"),
            ("raitti", "raiti"), ("rinne", "rintee"), ("ranta", "ranna"), ("piha", "piha"), ("kaari", "kaare"),
            ("tori", "tori"), ("aukio", "aukio"), ("bulevardi", "bulevardi"), ("kaarre", "kaartee"),
        ]
        var out: [String] = []
        for (nominative, stem) in finnish {
            let back = stem.contains { "aou".contains($0) }
            out += [nominative, stem + "n", stem + (back ? "lla" : "llä"), stem + "lle", stem + (back ? "lta" : "ltä")]
        }
        out += [
            "gatan", "gata", "vägen", "väg", "gränd", "gränden", "stigen", "torget", "torg", "allén", "allé", "allee",
            "backe", "backen", "leden", "platsen", "stråket", "slingan",
        ]
        return out
    }()

    static let modifiers: Set<String> = [
        "pohjoinen", "eteläinen", "itäinen", "läntinen", "vanha", "uusi", "iso", "pieni",
        "norra", "södra", "östra", "västra", "stora", "lilla", "gamla", "nya",
    ]

    static let englishTypes: Set<String> = [
        "Street", "St", "Road", "Rd", "Lane", "Ln", "Avenue", "Ave", "Drive", "Dr", "Close", "Way", "Court", "Ct",
        "Place", "Pl", "Crescent", "Cres", "Terrace", "Gardens", "Square", "Sq", "Boulevard", "Blvd", "Grove",
        "Row", "Mews", "Walk", "Parade", "Hill", "Gate", "Green",
    ]

    /// Road classes followed by a road number, not a house number ("Valtatie 4", "riksväg 90").
    static let roadNumberWords: Set<String> = [
        "valtatie", "kantatie", "seututie", "maantie", "moottoritie", "yhdystie", "riksväg", "länsväg", "motorväg",
        "europaväg",
    ]

    static let apartmentWords: [[UInt32]] = ["as", "asunto", "lgh", "lägenhet", "apt", "flat"].map(CodeScan.lowered)

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors.
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        // Shared starts: digits; and runs of letters only that a dash and a letter follow (the word goes on past the
        // next start) or, starting with a capital, of four letters or more that a space and a digit follow (a
        // Nordic street). Any other start returns the end of its own run below.
        CodeScan.forEachWordStart(sc, starts: wordStarts, where: { entry in
            let fact = entry.fact
            return fact & WordStarts.Fact.digitFirst != 0
                || fact & WordStarts.Fact.hasDigit == 0
                    && (fact & WordStarts.Fact.dashLetterAfter != 0
                        || fact & (WordStarts.Fact.capitalFirst | WordStarts.Fact.spaceDigitAfter) == WordStarts.Fact.capitalFirst | WordStarts.Fact.spaceDigitAfter
                            && entry.end - entry.start >= 4)
        }) { i in
            let s = sc[i]
            if CodeScan.isDigit(s) {
                guard let end = Self.english(sc, i) else { return CodeScan.alnumRunEnd(sc, i) }
                out.append(detection(sc, i, end, 0.8))
                return end
            }
            // Only a capitalised word can start a Nordic street; any other word is skipped to the end of
            // its run or hyphenated word (what max(wordEnd, alnumRunEnd) gives) in one walk.
            guard CodeScan.isUpper(s) else { return Self.skipEnd(sc, i) }
            let w = CodeScan.wordEnd(sc, i)
            if w - i >= 4, w + 1 < n, CodeScan.isSpace(sc[w]), CodeScan.isDigit(sc[w + 1]),
                let end = Self.houseNumber(sc, w + 1), Self.isNordicStreet(sc, i, w)
            {
                var start = i
                if let previous = CodeScan.previousWord(sc, before: i), previous.end == i - 1,
                    CodeScan.isUpper(sc[previous.start]),
                    Self.modifiers.contains(CodeScan.lowercased(sc, previous.start, previous.end))
                {
                    start = previous.start
                }
                out.append(detection(sc, start, end, 0.85))
                return end
            }
            return max(w, CodeScan.alnumRunEnd(sc, i))
        }
        return out
    }

    /// `max(CodeScan.wordEnd(sc, i), CodeScan.alnumRunEnd(sc, i))` for a word starting with a letter at `i`:
    /// the end of its letters and digits, or, when it is letters only and a hyphen and a letter follow,
    /// the end of the hyphenated word.
    static func skipEnd(_ sc: [Unicode.Scalar], _ i: Int) -> Int {
        var j = i
        var lettersOnly = true
        while j < sc.count {
            if CodeScan.isLetter(sc[j]) {
                j += 1
            } else if CodeScan.isDigit(sc[j]) {
                lettersOnly = false
                j += 1
            } else {
                break
            }
        }
        if lettersOnly, j + 1 < sc.count, CodeScan.isDash(sc[j]), CodeScan.isLetter(sc[j + 1]) { return max(CodeScan.wordEnd(sc, i), j) }
        return j
    }

    func detection(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int, _ confidence: Double) -> Detection {
        var entity = String.UnicodeScalarView()
        var lastSpace = false
        for k in start..<end {
            let space = CodeScan.isSpace(sc[k])
            if space && lastSpace { continue }
            entity.append(space ? " " : sc[k])
            lastSpace = space
        }
        return Detection(
            start: start, end: end, type: .address, detector: name, confidence: confidence,
            entity: String(entity).lowercased())
    }

    static let endingScalars: [[UInt32]] = nordicEndings.map(CodeScan.lowered)
    static let roadNumberScalars: [[UInt32]] = roadNumberWords.map(CodeScan.lowered)

    /// The word `start..<end` is longer than, and ends with, a Nordic street ending (no allocation).
    static func isNordicStreet(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if roadNumberScalars.contains(where: { CodeScan.equals(sc, start, end, $0) }) { return false }
        return endingScalars.contains { length > $0.count && CodeScan.matches(sc, end - $0.count, $0) }
    }

    /// House number at `k`: `12`, `12a`, `12–14`, then optionally `B 4`, `B4`, `B`, `as. 5`, `lgh 1102`.
    static func houseNumber(_ sc: [Unicode.Scalar], _ k: Int) -> Int? {
        let n = sc.count
        let numberEnd = CodeScan.digitRunEnd(sc, k)
        guard numberEnd - k <= 4, sc[k] != "0" else { return nil }
        var e = numberEnd
        if e < n, CodeScan.isLetter(sc[e]) {
            guard e + 1 >= n || !CodeScan.isAlnum(sc[e + 1]) else { return nil }
            e += 1
        }
        if e + 1 < n, CodeScan.isDash(sc[e]), CodeScan.isDigit(sc[e + 1]) {
            let r = CodeScan.digitRunEnd(sc, e + 1)
            guard r - e - 1 <= 4 else { return nil }
            e = r
        }
        guard CodeScan.boundaryAfter(sc, e), !CodeScan.continuesNumber(sc, e) else { return nil }
        guard e + 2 < n, CodeScan.isSpace(sc[e]) else { return e }
        let f = e + 1
        // Staircase letter, optionally followed by the apartment number: "B 4", "B4", "B".
        if CodeScan.isUpper(sc[f]), f + 1 >= n || !CodeScan.isLetter(sc[f + 1]) {
            let g = f + 1
            if g < n, CodeScan.isDigit(sc[g]) {
                let r = CodeScan.digitRunEnd(sc, g)
                return r - g <= 3 && CodeScan.boundaryAfter(sc, r) && !CodeScan.continuesNumber(sc, r) ? r : e
            }
            if g + 1 < n, CodeScan.isSpace(sc[g]), CodeScan.isDigit(sc[g + 1]) {
                let r = CodeScan.digitRunEnd(sc, g + 1)
                return r - g - 1 <= 3 && CodeScan.boundaryAfter(sc, r) && !CodeScan.continuesNumber(sc, r) ? r : e
            }
            // A lone staircase letter; an English "I" followed by a word is the pronoun.
            if sc[f] == "I", g + 1 < n, CodeScan.isSpace(sc[g]), CodeScan.isLetter(sc[g + 1]) { return e }
            return g
        }
        // Apartment word: "as. 5", "as 5", "lgh 1102".
        let wordEnd = CodeScan.letterRunEnd(sc, f)
        if wordEnd > f, apartmentWords.contains(where: { CodeScan.equals(sc, f, wordEnd, $0) }) {
            var g = wordEnd
            if g < n, sc[g] == "." { g += 1 }
            if g < n, CodeScan.isSpace(sc[g]) { g += 1 }
            if g < n, CodeScan.isDigit(sc[g]) {
                let r = CodeScan.digitRunEnd(sc, g)
                if r - g <= 4, CodeScan.boundaryAfter(sc, r), !CodeScan.continuesNumber(sc, r) { return r }
            }
        }
        return e
    }

    /// `12 Baker Street`, `221B Baker St`: number, 1–3 capitalised words, a street type.
    static func english(_ sc: [Unicode.Scalar], _ i: Int) -> Int? {
        let n = sc.count
        let numberEnd = CodeScan.digitRunEnd(sc, i)
        guard numberEnd - i <= 5, sc[i] != "0", !CodeScan.continuedNumber(sc, i) else { return nil }
        var e = numberEnd
        if e < n, CodeScan.isASCIILetter(sc[e]), e + 1 < n, !CodeScan.isAlnum(sc[e + 1]) { e += 1 }
        guard e + 1 < n, CodeScan.isSpace(sc[e]), CodeScan.isUpper(sc[e + 1]) else { return nil }
        var k = e + 1
        var words = 0
        while words < 4, k < n, CodeScan.isUpper(sc[k]) {
            let w = CodeScan.wordEnd(sc, k)
            if words >= 1, englishTypes.contains(CodeScan.text(sc, k, w)) { return w }
            words += 1
            guard w + 1 < n, CodeScan.isSpace(sc[w]) else { return nil }
            k = w + 1
        }
        return nil
    }
}
