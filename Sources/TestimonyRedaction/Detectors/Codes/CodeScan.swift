/// Scalar helpers shared by the code and contact detectors: ASCII fast paths, no allocation unless a
/// function returns a `String`. Everything works on `AnalyzedText.scalars` (normalised, NFC).
enum CodeScan {
    typealias Scalars = [Unicode.Scalar]

    // MARK: Character classes

    @inline(__always) static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value &- 0x30 < 10 }
    @inline(__always) static func digit(_ s: Unicode.Scalar) -> Int { Int(s.value &- 0x30) }
    @inline(__always) static func isASCIIUpper(_ s: Unicode.Scalar) -> Bool { s.value &- 0x41 < 26 }
    @inline(__always) static func isASCIILower(_ s: Unicode.Scalar) -> Bool { s.value &- 0x61 < 26 }
    @inline(__always) static func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 && (s.value | 0x20) &- 0x61 < 26
    }
    @inline(__always) static func isASCIIAlnum(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isASCIILetter(s) }

    @inline(__always) static func isHex(_ s: Unicode.Scalar) -> Bool {
        isDigit(s) || (s.value < 0x80 && (s.value | 0x20) &- 0x61 < 6)
    }

    /// Letters; ASCII and Latin-1 (ä, ö, å, é…) without the Unicode property tables.
    @inline(__always) static func isLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if v < 0x100 { return v >= 0xC0 && v != 0xD7 && v != 0xF7 || v == 0xAA || v == 0xB5 || v == 0xBA }
        if v < 0x180 { return true }
        return s.properties.isAlphabetic
    }

    @inline(__always) static func isUpper(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return v &- 0x41 < 26 }
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        return s.properties.isUppercase
    }

    @inline(__always) static func isAlnum(_ s: Unicode.Scalar) -> Bool { isDigit(s) || isLetter(s) }

    /// Horizontal white space inside one line: space, tab, no-break spaces, thin space.
    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\u{00A0}" || s == "\u{202F}" || s == "\t" || s == "\u{2009}"
    }

    /// Hyphen-minus and the Unicode hyphens/dashes people type in numbers.
    @inline(__always) static func isDash(_ s: Unicode.Scalar) -> Bool {
        s == "-" || (s.value >= 0x2010 && s.value <= 0x2013)
    }

    /// Simple lowercase of one scalar: ASCII, Latin-1 and Latin Extended-A (covers ÅÄÖ, Š, Ž, É…).
    @inline(__always) static func lower(_ s: Unicode.Scalar) -> UInt32 {
        let v = s.value
        if v < 0x80 { return v &- 0x41 < 26 ? v | 0x20 : v }
        if v >= 0xC0 && v <= 0xDE && v != 0xD7 { return v + 0x20 }
        if (v >= 0x100 && v < 0x138) || (v >= 0x14A && v < 0x178) { return v | 1 }
        if ((v >= 0x139 && v < 0x149) || (v >= 0x179 && v < 0x17F)) && v & 1 == 1 { return v + 1 }
        return v
    }

    /// Lowercase scalar values of a literal, for `matches`.
    static func lowered(_ word: String) -> [UInt32] { word.unicodeScalars.map { lower($0) } }

    // MARK: Boundaries and runs

    /// `i` starts a word or number: nothing alphanumeric right before it.
    @inline(__always) static func boundaryBefore(_ sc: Scalars, _ i: Int) -> Bool {
        i == 0 || !isAlnum(sc[i - 1])
    }

    /// `i` (exclusive end) ends a word or number: nothing alphanumeric right after it.
    @inline(__always) static func boundaryAfter(_ sc: Scalars, _ i: Int) -> Bool {
        i >= sc.count || !isAlnum(sc[i])
    }

    /// `sc[i]` is a separator directly followed by a digit (a number continues: "1.5", "12/3").
    @inline(__always) static func continuesNumber(_ sc: Scalars, _ i: Int) -> Bool {
        guard i + 1 < sc.count else { return false }
        let s = sc[i]
        return (s == "." || s == "," || s == "/" || s == ":" || isDash(s)) && isDigit(sc[i + 1])
    }

    /// `sc[i - 1]` is a separator directly preceded by a digit (we are inside a longer number).
    @inline(__always) static func continuedNumber(_ sc: Scalars, _ i: Int) -> Bool {
        guard i >= 2 else { return false }
        let s = sc[i - 1]
        return (s == "." || s == "," || s == "/" || s == ":" || isDash(s)) && isDigit(sc[i - 2])
    }

    @inline(__always) static func digitRunEnd(_ sc: Scalars, _ i: Int) -> Int {
        var j = i
        while j < sc.count, isDigit(sc[j]) { j += 1 }
        return j
    }

    @inline(__always) static func letterRunEnd(_ sc: Scalars, _ i: Int) -> Int {
        var j = i
        while j < sc.count, isLetter(sc[j]) { j += 1 }
        return j
    }

    @inline(__always) static func alnumRunEnd(_ sc: Scalars, _ i: Int) -> Int {
        var j = i
        while j < sc.count, isAlnum(sc[j]) { j += 1 }
        return j
    }

    /// Letters with inner hyphens ("Itä-Pasila"), as one word.
    static func wordEnd(_ sc: Scalars, _ i: Int) -> Int {
        var j = letterRunEnd(sc, i)
        while j + 1 < sc.count, isDash(sc[j]), isLetter(sc[j + 1]) { j = letterRunEnd(sc, j + 1) }
        return j
    }

    /// The decimal value of digits `start..<end` (callers keep runs short).
    @inline(__always) static func value(_ sc: Scalars, _ start: Int, _ end: Int) -> Int {
        var v = 0
        for k in start..<end { v = v * 10 + digit(sc[k]) }
        return v
    }

    /// `sc[i...]` starts with `word` (lowercase scalar values), case-insensitively.
    @inline(__always) static func matches(_ sc: Scalars, _ i: Int, _ word: [UInt32]) -> Bool {
        guard i >= 0, i + word.count <= sc.count else { return false }
        for (k, w) in word.enumerated() where lower(sc[i + k]) != w { return false }
        return true
    }

    /// `sc[i..<end]` is exactly `word` (lowercase scalar values), case-insensitively.
    @inline(__always) static func equals(_ sc: Scalars, _ i: Int, _ end: Int, _ word: [UInt32]) -> Bool {
        end - i == word.count && matches(sc, i, word)
    }

    /// The letters-only word that ends right before `i` (after skipping spaces); nil if there is none.
    static func previousWord(_ sc: Scalars, before i: Int) -> (start: Int, end: Int)? {
        var e = i
        while e > 0, isSpace(sc[e - 1]) { e -= 1 }
        var s = e
        while s > 0, isLetter(sc[s - 1]) { s -= 1 }
        return s < e ? (s, e) : nil
    }

    // MARK: Strings (allocate: call on candidates only)

    static func text(_ sc: Scalars, _ start: Int, _ end: Int) -> String {
        string(sc[start..<end])
    }

    /// The String of some scalars, from their UTF-8 bytes (`UnicodeScalarView.append(contentsOf:)` of an
    /// array slice took thousands of instructions a call through its generic path).
    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for s in scalars {
            if s.value < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: s.value))
            } else {
                UTF8.encode(s) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func lowercased(_ sc: Scalars, _ start: Int, _ end: Int) -> String {
        text(sc, start, end).lowercased()
    }

    static func uppercased(_ sc: Scalars, _ start: Int, _ end: Int) -> String {
        text(sc, start, end).uppercased()
    }

    /// The scalars of `start..<end` that pass `keep` (letters and digits by default), uppercased.
    static func compact(_ sc: Scalars, _ start: Int, _ end: Int, keep: (Unicode.Scalar) -> Bool = isAlnum) -> String {
        var view = String.UnicodeScalarView()
        for k in start..<end where keep(sc[k]) { view.append(sc[k]) }
        return String(view).uppercased()
    }

    static func digits(_ sc: Scalars, _ start: Int, _ end: Int) -> String {
        var view = String.UnicodeScalarView()
        for k in start..<end where isDigit(sc[k]) { view.append(sc[k]) }
        return String(view)
    }

    // MARK: Checksums and calendars

    /// Luhn over digit values (the last one is the check digit).
    static func luhn(_ digits: [UInt8]) -> Bool {
        guard !digits.isEmpty else { return false }
        var sum = 0
        var double = false
        for d in digits.reversed() {
            var v = Int(d)
            if double {
                v *= 2
                if v > 9 { v -= 9 }
            }
            sum += v
            double.toggle()
        }
        return sum % 10 == 0
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Days in `month` (1…12); with no year, February has 29.
    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 1, 3, 5, 7, 8, 10, 12: 31
        case 4, 6, 9, 11: 30
        case 2: year.map { isLeap($0) ? 29 : 28 } ?? 29
        default: 0
        }
    }

    static func isValidDate(day: Int, month: Int, year: Int?) -> Bool {
        month >= 1 && month <= 12 && day >= 1 && day <= daysIn(month: month, year: year)
    }

    static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// Calls `body` at the start of every letter-or-digit run that begins at a word boundary, left to
    /// right, once. `body` returns the index where scanning continues (past its match), or nil to
    /// skip the rest of that run. The shared loop of the single-pass code detectors.
    ///
    /// With `starts` (found once per text for several detectors), only the starts on `list` (indices into
    /// `starts.entries`; every start when nil) where `keep` holds are visited: `keep` is given the start's
    /// entry (its run's end, first scalars and facts). A start `keep` turns down, or that is not on `list`, must
    /// be one where `body` returns nil or a position inside that start's own run: no later start is skipped
    /// then, and the visits are those of the detector's own walk (`CodeScanSharingTests`).
    @inline(__always) static func forEachWordStart(
        _ sc: Scalars, starts: WordStarts?, among list: [Int]? = nil, where keep: (WordStarts.Entry) -> Bool, _ body: (Int) -> Int?
    ) {
        guard let starts else { return forEachWordStart(sc, body) }
        let entries = starts.entries
        // A start below `next` was skipped by the last match.
        var next = 0
        if let list {
            for k in list {
                let entry = entries[k]
                guard entry.start >= next, keep(entry) else { continue }
                next = max(body(entry.start) ?? entry.start + 1, entry.start + 1)
            }
        } else {
            for entry in entries {
                guard entry.start >= next, keep(entry) else { continue }
                next = max(body(entry.start) ?? entry.start + 1, entry.start + 1)
            }
        }
    }

    /// Every position where a letter-or-digit run begins (what `forEachWordStart` visits), with its first
    /// facts, in one pass.
    static func wordStarts(_ sc: Scalars) -> WordStarts {
        WordStarts(sc)
    }

    static func forEachWordStart(_ sc: Scalars, _ body: (Int) -> Int?) {
        let n = sc.count
        var i = 0
        while i < n {
            guard isAlnum(sc[i]) else {
                i += 1
                continue
            }
            guard boundaryBefore(sc, i), let next = body(i) else {
                i = alnumRunEnd(sc, i)
                continue
            }
            i = max(next, i + 1)
        }
    }
}
