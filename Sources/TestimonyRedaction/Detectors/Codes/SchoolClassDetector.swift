/// School classes and grades (a quasi-identifier):
/// - fi `5. luokalla`, `luokalla 5B`, `5B-luokalla`, `viidennellä luokalla`, and a bare class code `5B`
///   when a school word (koulu, luokka, opettaja, rehtori, oppilas, lukio, …) is within ~80 characters;
/// - sv `årskurs 7`, `åk 9`, `klass 7B`, `7:e klass`, bare `7B` near skola, klass, lärare, elev, …;
/// - en `7th grade`, `grade 7`, `Year 9`, `in year 9`, `class 5A`, bare `5A` near school, class, teacher, ….
/// Grades are 1–13; class letters A–H for bare codes (not `3D`, `4G`, `5G`).
/// Entity: grade and class letter (`5B`, or `5`); `generalized`: "school class".
public struct SchoolClassDetector: Detector, WordStartScanning {
    public var name: String { "school-class" }

    public init() {}

    static let generalizedValue = "school class"

    static let cueSubstrings = [
        "koulu", "luok", "opettaj", "rehtor", "oppila", "ala-aste", "yläaste", "lukio", "skola", "klass", "lärar",
        "elev", "högstadi", "mellanstadi", "lågstadi", "school", "class", "teacher", "pupil", "grade", "homeroom",
    ]

    static let finnishOrdinals: [(word: [UInt32], grade: Int)] = [
        ("ensimmäi", 1), ("eka", 1), ("toise", 2), ("toka", 2), ("kolmanne", 3), ("neljänne", 4), ("viidenne", 5),
        ("kuudenne", 6), ("seitsemänne", 7), ("kahdeksanne", 8), ("yhdeksänne", 9),
    ].map { (CodeScan.lowered($0.0), $0.1) }

    /// "luokka", "luokalla", "luokan", "luokkaan", … but not "luokitella".
    static let luokPrefixes: [[UInt32]] = ["luokk", "luoka"].map(CodeScan.lowered)
    static let arskurs = CodeScan.lowered("årskurs")
    static let ak = CodeScan.lowered("åk")
    static let klass = CodeScan.lowered("klass")
    static let classWord = CodeScan.lowered("class")
    static let gradeWord = CodeScan.lowered("grade")
    static let year = CodeScan.lowered("year")
    static let inWords: [[UInt32]] = ["in", "into", "from", "of"].map(CodeScan.lowered)
    static let ordinals: [[UInt32]] = ["st", "nd", "rd", "th"].map(CodeScan.lowered)
    static let notClasses: Set<String> = ["1G", "2D", "2G", "3D", "3G", "4D", "4G", "5G", "6G"]

    struct Found {
        var end: Int
        var grade: Int
        var letter: Unicode.Scalar?
        var confidence: Double
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors.
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let sc = text.scalars
        var out: [Detection] = []
        let initials = Self.wordFirstInitialBits
        let pairs = Self.wordFirstPairs
        // Shared starts: digits, and words whose first three letters start a word `wordFirst` compares from its start
        // (or that start "åk", the one such word of two letters); a start without a `head` is let through.
        let triples = Self.wordFirstTriples
        CodeScan.forEachWordStart(sc, starts: wordStarts, where: { entry in
            entry.fact & WordStarts.Fact.digitFirst != 0 || entry.head == WordStarts.noHead || triples.contains(entry.head)
                || entry.head >> 10 == WordStarts.pair(0xE5, 0x6B)
        }) { i in
            let s = sc[i]
            // (wordFirst's own first tests, made here with the tables read once per text and no call.)
            if !CodeScan.isDigit(s),
                !initials.contains(CodeScan.lower(s)) || i + 1 >= sc.count
                    || !pairs.contains(CaseNumberDetector.pairKey(s, sc[i + 1]))
            {
                return nil
            }
            guard let found = CodeScan.isDigit(s) ? Self.numberFirst(sc, i) : Self.wordFirst(sc, i) else { return nil }
            var entity = String(found.grade)
            if let letter = found.letter { entity.unicodeScalars.append(letter) }
            out.append(Detection(
                start: i, end: found.end, type: .schoolClass, detector: name, confidence: found.confidence,
                entity: entity, generalized: Self.generalizedValue))
            return found.end
        }
        return out
    }

    /// A grade (1–13) and an optional class letter at `k`: `5`, `5B`.
    static func gradeAt(_ sc: [Unicode.Scalar], _ k: Int) -> Found? {
        let n = sc.count
        guard k < n, CodeScan.isDigit(sc[k]) else { return nil }
        let numberEnd = CodeScan.digitRunEnd(sc, k)
        guard numberEnd - k <= 2 else { return nil }
        let grade = CodeScan.value(sc, k, numberEnd)
        guard grade >= 1, grade <= 13 else { return nil }
        var end = numberEnd
        var letter: Unicode.Scalar?
        if end < n, CodeScan.isASCIIUpper(sc[end]) {
            letter = sc[end]
            end += 1
        }
        guard CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end) else { return nil }
        return Found(end: end, grade: grade, letter: letter, confidence: 0.85)
    }

    /// `k` starts a word beginning with `prefix`; returns the word's end.
    static func word(_ sc: [Unicode.Scalar], _ k: Int, startingWith prefix: [UInt32]) -> Int? {
        CodeScan.matches(sc, k, prefix) ? CodeScan.wordEnd(sc, k) : nil
    }

    /// `k` starts a form of "luokka"; returns the word's end.
    static func classWord(_ sc: [Unicode.Scalar], _ k: Int) -> Int? {
        luokPrefixes.contains { CodeScan.matches(sc, k, $0) } ? CodeScan.wordEnd(sc, k) : nil
    }

    static func numberFirst(_ sc: [Unicode.Scalar], _ i: Int) -> Found? {
        let n = sc.count
        guard !CodeScan.continuedNumber(sc, i) else { return nil }
        let numberEnd = CodeScan.digitRunEnd(sc, i)
        guard numberEnd - i <= 2, numberEnd + 1 < n else { return nil }
        let grade = CodeScan.value(sc, i, numberEnd)
        guard grade >= 1, grade <= 13 else { return nil }
        let c = sc[numberEnd]
        // 5. luokalla, 5.luokalla
        if c == "." {
            var k = numberEnd + 1
            if CodeScan.isSpace(sc[k]) { k += 1 }
            if let end = classWord(sc, k) { return Found(end: end, grade: grade, confidence: 0.9) }
            return nil
        }
        // 7th grade
        if ordinals.contains(where: { CodeScan.matches(sc, numberEnd, $0) }) {
            let k = numberEnd + 2
            guard k + 1 < n, CodeScan.isSpace(sc[k]) || CodeScan.isDash(sc[k]) else { return nil }
            let end = CodeScan.letterRunEnd(sc, k + 1)
            return CodeScan.equals(sc, k + 1, end, gradeWord) ? Found(end: end, grade: grade, confidence: 0.9) : nil
        }
        // 7:e klass
        if c == ":", numberEnd + 3 < n, sc[numberEnd + 1] == "e" || sc[numberEnd + 1] == "a",
            CodeScan.isSpace(sc[numberEnd + 2])
        {
            let end = CodeScan.letterRunEnd(sc, numberEnd + 3)
            return CodeScan.equals(sc, numberEnd + 3, end, klass) ? Found(end: end, grade: grade, confidence: 0.9) : nil
        }
        // 5B-luokalla, or a bare 5B near a school word
        guard CodeScan.isASCIIUpper(c), c.value <= 0x48 else { return nil }
        let codeEnd = numberEnd + 1
        guard CodeScan.boundaryAfter(sc, codeEnd), !notClasses.contains(CodeScan.text(sc, i, codeEnd)) else {
            return nil
        }
        if codeEnd + 1 < n, CodeScan.isDash(sc[codeEnd]), let end = classWord(sc, codeEnd + 1) {
            return Found(end: end, grade: grade, letter: c, confidence: 0.9)
        }
        guard hasCue(sc, i, codeEnd) else { return nil }
        return Found(end: codeEnd, grade: grade, letter: c, confidence: 0.7)
    }

    /// First letters of every word `wordFirst` can start with: luok…, the Finnish ordinals, årskurs/åk,
    /// klass/class, grade, year.
    static let wordFirstInitialBits = KeySet(wordFirstInitials)
    static let wordFirstInitials: Set<UInt32> = Set(
        CodeScan.lowered("låkcgy") + finnishOrdinals.map { $0.word[0] })

    /// The first two letters (lowercase, `CaseNumberDetector.pairKey`) of every word `wordFirst` compares a
    /// word with, from its start: luokk/luoka, the Finnish ordinals, årskurs, åk, klass, class, grade, year.
    static let wordFirstWords: [[UInt32]] = luokPrefixes + finnishOrdinals.map(\.word) + [arskurs, ak, klass, classWord, gradeWord, year]
    static let wordFirstPairs = KeySet(wordFirstWords.map { $0[0] << 16 ^ $0[1] })
    /// The first three letters (`WordStarts.head`) of every word of `wordFirstWords` but "åk".
    static let wordFirstTriples = KeySet(wordFirstWords.filter { $0.count >= 3 }.map { WordStarts.head($0[0], $0[1], $0[2]) })

    static func wordFirst(_ sc: [Unicode.Scalar], _ i: Int) -> Found? {
        let n = sc.count
        // Most words start with a letter none of these words starts with: no walk to their end. Of the rest,
        // most go on with a letter none of them has second ("the", "that", "so"; a one-letter word finds nothing).
        guard wordFirstInitialBits.contains(CodeScan.lower(sc[i])), i + 1 < n,
            wordFirstPairs.contains(CaseNumberDetector.pairKey(sc[i], sc[i + 1]))
        else { return nil }
        let wordEnd = CodeScan.wordEnd(sc, i)
        guard wordEnd - i >= 2, wordEnd + 2 < n else { return nil }
        let spaceAfter = CodeScan.isSpace(sc[wordEnd])
        let first = CodeScan.lower(sc[i])
        // luokalla 5B (a class letter is required: "samalla luokalla 5 vuotta" is a duration)
        if first == 0x6C, spaceAfter, classWord(sc, i) != nil {
            guard let found = gradeAt(sc, wordEnd + 1), found.letter != nil else { return nil }
            return found
        }
        // viidennellä luokalla
        if spaceAfter, let ordinal = finnishOrdinals.first(where: { $0.word[0] == first && CodeScan.matches(sc, i, $0.word) }),
            let end = classWord(sc, wordEnd + 1)
        {
            return Found(end: end, grade: ordinal.grade, confidence: 0.85)
        }
        // årskurs 7, åk 9, åk. 9
        if first == 0xE5, CodeScan.matches(sc, i, arskurs) || CodeScan.equals(sc, i, wordEnd, ak) {
            var k = wordEnd
            if sc[k] == "." { k += 1 }
            guard k + 1 < n, CodeScan.isSpace(sc[k]) else { return nil }
            return gradeAt(sc, k + 1)
        }
        guard spaceAfter else { return nil }
        // klass 7B, klass 7; class 5A
        if CodeScan.equals(sc, i, wordEnd, klass) { return gradeAt(sc, wordEnd + 1).map { var f = $0; f.confidence = 0.8; return f } }
        if CodeScan.equals(sc, i, wordEnd, classWord) {
            guard let found = gradeAt(sc, wordEnd + 1), found.letter != nil else { return nil }
            return found
        }
        // grade 7
        if CodeScan.equals(sc, i, wordEnd, gradeWord) {
            guard let found = gradeAt(sc, wordEnd + 1), found.letter == nil else { return nil }
            return Found(end: found.end, grade: found.grade, confidence: 0.8)
        }
        // Year 9, in year 9
        if CodeScan.equals(sc, i, wordEnd, year) {
            let capitalised = sc[i] == "Y"
            var afterIn = false
            if let previous = CodeScan.previousWord(sc, before: i) {
                afterIn = inWords.contains { CodeScan.equals(sc, previous.start, previous.end, $0) }
            }
            guard capitalised || afterIn, let found = gradeAt(sc, wordEnd + 1), found.letter == nil else { return nil }
            return Found(end: found.end, grade: found.grade, confidence: 0.8)
        }
        return nil
    }

    /// A school word within ~80 characters of `start..<end`.
    static func hasCue(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        let low = max(0, start - 80)
        let high = min(sc.count, end + 80)
        var k = low
        while k < high {
            guard CodeScan.isLetter(sc[k]), CodeScan.boundaryBefore(sc, k) else {
                k += 1
                continue
            }
            let wordEnd = CodeScan.wordEnd(sc, k)
            if wordEnd - k >= 4 {
                let word = CodeScan.lowercased(sc, k, wordEnd)
                if cueSubstrings.contains(where: { word.contains($0) }) { return true }
            }
            k = wordEnd
        }
        return false
    }
}
