/// Police, court and authority case numbers:
/// - Finnish police report numbers `5500/R/12345/21` (digits / letters / digits / year);
/// - Finnish court case numbers `R 21/1234`, `R21/1234` (R, L, H, S + year / number);
/// - Swedish court case numbers `B 1234-21` (B, T, Ä, Ö + number - year);
/// - Swedish police numbers `5000-K123456-21`;
/// - any code (letters, digits and inner `/ - . :`, with at least one digit) after a cue word: fi
///   diaarinumero, asianumero, rikosilmoitus, dnro; sv målnummer, ärendenummer, diarienummer, dnr, mål nr;
///   en case number, reference number, crime reference. The span is the code only.
/// Entity: the code uppercased without spaces.
public struct CaseNumberDetector: Detector, WordStartScanning {
    public var name: String { "case-number" }

    public init() {}

    struct Cue {
        let word: [UInt32]
        /// The word may go on (Finnish and Swedish inflection: "diaarinumerolla", "målnumret").
        let prefix: Bool
        /// One of these words must follow (phrases such as "case number").
        let next: [[UInt32]]

        init(_ word: String, prefix: Bool = true, next: [String] = []) {
            self.word = CodeScan.lowered(word)
            self.prefix = prefix
            self.next = next.map(CodeScan.lowered)
        }
    }

    static let cues: [Cue] = [
        // Finnish
        Cue("diaarinumero"), Cue("diaarinro"), Cue("diaaritunnus"), Cue("asianumero"), Cue("asianro"),
        Cue("rikosilmoitu"), Cue("ilmoitusnumero"), Cue("tutkintailmoitu"), Cue("dnro", prefix: false),
        Cue("asia", prefix: false, next: ["nro", "numero", "n:o"]),
        // Swedish
        Cue("målnummer"), Cue("målnr"), Cue("ärendenummer"), Cue("ärendenr"), Cue("diarienummer"),
        Cue("anmälningsnummer"), Cue("dnr", prefix: false),
        Cue("mål", prefix: false, next: ["nr", "nummer"]), Cue("ärende", prefix: false, next: ["nr", "nummer"]),
        // English
        Cue("case", prefix: false, next: ["number", "no", "nr", "ref", "reference", "id"]),
        Cue("reference", prefix: false, next: ["number", "no", "nr"]),
        Cue("crime", prefix: false, next: ["reference", "ref", "number"]),
        Cue("incident", prefix: false, next: ["number", "no"]),
        Cue("docket", prefix: false, next: ["number", "no"]),
        Cue("ref", prefix: false),
    ]

    /// The first two letters of every cue (lowercase), as `pairKey`s.
    static let cueHeads = KeySet(cues.map { $0.word[0] << 16 ^ $0.word[1] })
    /// The first three letters of every cue, as `WordStarts.head`s.
    static let cueTriples = KeySet(cues.map { WordStarts.head($0.word[0], $0.word[1], $0.word[2]) })

    @inline(__always) static func pairKey(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt32 {
        CodeScan.lower(a) << 16 ^ CodeScan.lower(b)
    }

    static let fillers: [[UInt32]] = ["nro", "nr", "no", "numero", "number", "num", "nummer", "reference", "ref",
        "on", "oli", "är", "var", "is", "was", "id"].map(CodeScan.lowered)

    @inline(__always) static func isCodeJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "/" || s == "." || s == ":" || CodeScan.isDash(s)
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors.
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let sc = text.scalars
        var out: [Detection] = []
        func emit(_ start: Int, _ end: Int, _ confidence: Double) -> Int {
            out.append(Detection(
                start: start, end: end, type: .caseNumber, detector: name, confidence: confidence,
                entity: CodeScan.compact(sc, start, end) { !CodeScan.isSpace($0) }))
            return end
        }
        let cueHeads = Self.cueHeads  // read once per text, not once per word
        // Shared starts: digits, court letters followed by a digit or a space and a digit (`courtNumber`), and words
        // whose first three letters start a cue (every cue has three letters or more).
        // (A start without a `head` is let through.)
        let cueTriples = Self.cueTriples
        let n = sc.count
        CodeScan.forEachWordStart(sc, starts: wordStarts, where: { entry in
            let i = entry.start
            return entry.fact & WordStarts.Fact.digitFirst != 0 || entry.head == WordStarts.noHead || cueTriples.contains(entry.head)
                || Self.isCourtLetter(sc[i]) && i + 4 < n && (CodeScan.isDigit(sc[i + 1]) || CodeScan.isSpace(sc[i + 1]) && CodeScan.isDigit(sc[i + 2]))
        }) { i in
            let s = sc[i]
            if CodeScan.isDigit(s) {
                guard !CodeScan.continuedNumber(sc, i), let end = Self.policeNumber(sc, i) else { return nil }
                return emit(i, end, 0.9)
            }
            if Self.isCourtLetter(s), let end = Self.courtNumber(sc, i) { return emit(i, end, 0.85) }
            // Every cue has at least three letters; its first two must match before the cues are tried and
            // the word is walked to its end (most words fail here).
            if i + 2 < sc.count, CodeScan.isLetter(sc[i + 2]), cueHeads.contains(Self.pairKey(s, sc[i + 1])),
                let cueEnd = Self.cue(sc, i, CodeScan.letterRunEnd(sc, i)),
                let code = Self.code(sc, after: cueEnd)
            {
                return emit(code.start, code.end, 0.85)
            }
            return nil
        }
        return out
    }

    /// `5500/R/12345/21` or `5000-K123456-21` at `i`.
    static func policeNumber(_ sc: [Unicode.Scalar], _ i: Int) -> Int? {
        let n = sc.count
        let first = CodeScan.digitRunEnd(sc, i)
        guard first - i >= 3, first - i <= 5, first + 1 < n else { return nil }
        var j = first
        if sc[j] == "/" {
            j += 1
            let letters = j
            while j < n, CodeScan.isASCIIUpper(sc[j]) { j += 1 }
            guard j - letters >= 1, j - letters <= 2, j < n, sc[j] == "/" else { return nil }
            let number = CodeScan.digitRunEnd(sc, j + 1)
            guard number - j - 1 >= 1, number - j - 1 <= 7, number < n, sc[number] == "/" else { return nil }
            let year = CodeScan.digitRunEnd(sc, number + 1)
            guard year - number - 1 == 2 || year - number - 1 == 4 else { return nil }
            return CodeScan.boundaryAfter(sc, year) && !CodeScan.continuesNumber(sc, year) ? year : nil
        }
        guard first - i == 4, CodeScan.isDash(sc[j]), j + 2 < n, CodeScan.isASCIIUpper(sc[j + 1]) else { return nil }
        j += 2
        let number = CodeScan.digitRunEnd(sc, j)
        guard number - j >= 3, number - j <= 8, number + 2 < n, CodeScan.isDash(sc[number]) else { return nil }
        let year = CodeScan.digitRunEnd(sc, number + 1)
        guard year - number - 1 == 2 else { return nil }
        return CodeScan.boundaryAfter(sc, year) && !CodeScan.continuesNumber(sc, year) ? year : nil
    }

    /// The letters a court number starts with (R, L, H, S, B, T, Ä, Ö): the others skip the call.
    @inline(__always) static func isCourtLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v &- 0x41 < 26 { return (0xE0882 as UInt32) &>> (v &- 0x41) & 1 == 1 }
        return v == 0xC4 || v == 0xD6
    }

    /// `R 21/1234`, `R21/1234` (Finnish courts) or `B 1234-21` (Swedish courts) at `i`.
    static func courtNumber(_ sc: [Unicode.Scalar], _ i: Int) -> Int? {
        let n = sc.count
        let letter = sc[i]
        guard i + 4 < n else { return nil }
        let spaced = CodeScan.isSpace(sc[i + 1])
        let d = spaced ? i + 2 : i + 1
        guard d < n, CodeScan.isDigit(sc[d]) else { return nil }
        let number = CodeScan.digitRunEnd(sc, d)
        guard number + 1 < n else { return nil }
        if letter == "R" || letter == "L" || letter == "H" || letter == "S" {
            guard number - d == 2, sc[number] == "/" else { return nil }
            let end = CodeScan.digitRunEnd(sc, number + 1)
            guard end - number - 1 >= 1, end - number - 1 <= 6, CodeScan.boundaryAfter(sc, end),
                !CodeScan.continuesNumber(sc, end)
            else { return nil }
            return end
        }
        if spaced, letter == "B" || letter == "T" || letter == "Ä" || letter == "Ö" {
            guard number - d >= 1, number - d <= 6, CodeScan.isDash(sc[number]) else { return nil }
            let end = CodeScan.digitRunEnd(sc, number + 1)
            guard end - number - 1 == 2, CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end) else {
                return nil
            }
            return end
        }
        return nil
    }

    /// The end of the cue word or phrase starting at `i` (its first word ends at `wordEnd`), or nil.
    static func cue(_ sc: [Unicode.Scalar], _ i: Int, _ wordEnd: Int) -> Int? {
        let first = CodeScan.lower(sc[i])
        for cue in cues where cue.word[0] == first {
            let matched = cue.prefix ? CodeScan.matches(sc, i, cue.word) : CodeScan.equals(sc, i, wordEnd, cue.word)
            guard matched else { continue }
            if cue.next.isEmpty { return wordEnd }
            var j = wordEnd
            while j < sc.count, CodeScan.isSpace(sc[j]) { j += 1 }
            guard j > wordEnd else { continue }
            let nextEnd = CodeScan.letterRunEnd(sc, j)
            if cue.next.contains(where: { CodeScan.equals(sc, j, nextEnd, $0) }) { return nextEnd }
        }
        return nil
    }

    /// The code after a cue: skips `:`, `#`, `.`, spaces and filler words ("nro", "on", "number").
    static func code(_ sc: [Unicode.Scalar], after cueEnd: Int) -> (start: Int, end: Int)? {
        let n = sc.count
        var j = cueEnd
        var fillers = 0
        while true {
            let before = j
            while j < n, j - before < 4, CodeScan.isSpace(sc[j]) || sc[j] == ":" || sc[j] == "#" || sc[j] == "." {
                j += 1
            }
            guard j < n, CodeScan.isLetter(sc[j]), fillers < 3 else { break }
            let wordEnd = CodeScan.letterRunEnd(sc, j)
            guard wordEnd < n, !CodeScan.isDigit(sc[wordEnd]),
                Self.fillers.contains(where: { CodeScan.equals(sc, j, wordEnd, $0) })
            else { break }
            fillers += 1
            j = wordEnd
        }
        guard j > cueEnd, j < n, CodeScan.isAlnum(sc[j]) else { return nil }
        let start = j
        var onlyDateChars = true
        // A court prefix written with a space: "R 21/1234", "B 1234-21".
        if CodeScan.isUpper(sc[j]), j + 2 < n, CodeScan.isSpace(sc[j + 1]), CodeScan.isDigit(sc[j + 2]) {
            j += 2
            onlyDateChars = false
        } else if j + 3 < n, CodeScan.isUpper(sc[j]), CodeScan.isUpper(sc[j + 1]), CodeScan.isSpace(sc[j + 2]),
            CodeScan.isDigit(sc[j + 3])
        {
            j += 3
            onlyDateChars = false
        }
        var hasDigit = false
        var dots = 0
        while j < n, j - start < 40 {
            let c = sc[j]
            if CodeScan.isAlnum(c) {
                if CodeScan.isDigit(c) { hasDigit = true } else { onlyDateChars = false }
            } else if isCodeJoiner(c), j + 1 < n, CodeScan.isAlnum(sc[j + 1]) {
                if c == "." { dots += 1 } else { onlyDateChars = false }
            } else {
                break
            }
            j += 1
        }
        guard hasDigit, j - start >= 3 else { return nil }
        if onlyDateChars, dots == 2 { return nil }  // a date after the cue, not a code
        if onlyDateChars, dots == 0 {
            // Plain digits: at least four, and not a year ("rikosilmoitus 2019 keväällä").
            let length = j - start
            guard length >= 4 else { return nil }
            if length == 4, (1900...2099).contains(CodeScan.value(sc, start, j)) { return nil }
        }
        return (start, j)
    }
}
