/// Telephone numbers. One pass: at each number start (`+`, `(` or a digit with nothing alphanumeric
/// before it) the run of digit groups joined by single separators (space, dash, dot, parentheses) is read
/// once, then judged by country rules:
/// - `+358` (Finland, 6–10 national digits), `+46` (Sweden, 7–9), `+44` (UK, 9–10), `+1` (NANP, 10),
///   other `+` numbers and `00` prefixes as E.164 (8–15 digits);
/// - national numbers with a trunk `0`: Finnish mobiles 040–046/049/050 (9–10 digits), Swedish mobiles
///   070/072/073/076/079 (10), UK mobiles 07 (11), UK landlines 01/02/03 (11), 09/08 landlines (7–10),
///   other area codes (8–10 digits, written with an area-code group);
/// - North American `(555) 123-4567` / `555-123-4567` / `555.123.4567` shapes (area code 2–9; the
///   exchange digit is not checked so that the fictional 555-123-… numbers count).
/// Dates, times, decimals, money and years are rejected by shape and context.
/// Entity: national form digits (`+358 40 1234567` and `040 123 4567` → `0401234567`).
public struct PhoneDetector: Detector, MarkScanning {
    public var name: String { "phone" }

    public init() {}

    /// One scanned run of digit groups.
    struct Run {
        var start = 0
        var end = 0
        var plus = false
        var bad = false
        var dot = false
        var dash = false
        var digits: [UInt8] = []
        var groups: [Int] = []

        mutating func reset(_ s: Int) {
            start = s
            end = s
            plus = false
            bad = false
            dot = false
            dash = false
            digits.removeAll(keepingCapacity: true)
            groups.removeAll(keepingCapacity: true)
        }
    }

    static let maxDigits = 18

    static func scan(_ sc: [Unicode.Scalar], _ s: Int, into run: inout Run) {
        run.reset(s)
        let n = sc.count
        var j = s
        if sc[j] == "+" {
            run.plus = true
            j += 1
        }
        while true {
            var k = j
            let paren = k < n && sc[k] == "("
            if paren { k += 1 }
            guard k < n, CodeScan.isDigit(sc[k]) else { break }
            let groupStart = k
            while k < n, CodeScan.isDigit(sc[k]) {
                guard run.digits.count < maxDigits else {
                    run.bad = true
                    run.end = CodeScan.digitRunEnd(sc, k)
                    return
                }
                run.digits.append(UInt8(CodeScan.digit(sc[k])))
                k += 1
            }
            run.groups.append(k - groupStart)
            if paren {
                guard k < n, sc[k] == ")" else {
                    run.bad = true
                    run.end = k
                    return
                }
                k += 1
            }
            run.end = k
            j = k
            var m = j
            var dash = false
            var dot = false
            if m < n, CodeScan.isSpace(sc[m]) { m += 1 }
            if m < n, CodeScan.isDash(sc[m]) {
                dash = true
                m += 1
            } else if m < n, sc[m] == "." {
                dot = true
                m += 1
            }
            if dash || dot, m < n, CodeScan.isSpace(sc[m]) { m += 1 }
            guard m > j || paren, m < n else { break }
            guard CodeScan.isDigit(sc[m]) || (sc[m] == "(" && m + 1 < n && CodeScan.isDigit(sc[m + 1])) else { break }
            run.dash = run.dash || dash
            run.dot = run.dot || dot
            j = m
        }
    }

    /// Whether `scan` goes on to another group after a group (not in parentheses) ending at `j`: one
    /// separator (a space, a dash or a dot, or a dash or dot with spaces) and then a digit or "(" and a digit.
    static func groupContinues(_ sc: [Unicode.Scalar], _ j: Int) -> Bool {
        let n = sc.count
        var m = j
        var separator = false
        if m < n, CodeScan.isSpace(sc[m]) { m += 1 }
        if m < n, CodeScan.isDash(sc[m]) || sc[m] == "." {
            separator = true
            m += 1
        }
        if separator, m < n, CodeScan.isSpace(sc[m]) { m += 1 }
        guard m > j, m < n else { return false }
        return CodeScan.isDigit(sc[m]) || (sc[m] == "(" && m + 1 < n && CodeScan.isDigit(sc[m + 1]))
    }

    @inline(__always) static func isMoney(_ s: Unicode.Scalar) -> Bool {
        s == "€" || s == "$" || s == "£" || s == "%" || s == "¢" || s == "¥"
    }

    static func string(_ d: some Collection<UInt8>, prefix: String = "") -> String {
        var out = prefix
        for v in d { out.unicodeScalars.append(Unicode.Scalar(UInt8(0x30) + v)) }
        return out
    }

    /// `+` numbers (country code first).
    static func international(_ d: [UInt8]) -> (entity: String, confidence: Double)? {
        guard d.count >= 7, d.count <= 15, d[0] != 0 else { return nil }
        func national(_ ccLength: Int, _ lengths: ClosedRange<Int>) -> (entity: String, confidence: Double)? {
            var nsn = d.dropFirst(ccLength)
            if nsn.first == 0 { nsn = nsn.dropFirst() }
            guard lengths.contains(nsn.count), let first = nsn.first, first != 0 else { return nil }
            return (string(nsn, prefix: "0"), 0.95)
        }
        if d.starts(with: [3, 5, 8]) { return national(3, 6...10) }
        if d.starts(with: [4, 6]) { return national(2, 7...9) }
        if d.starts(with: [4, 4]) { return national(2, 9...10) }
        if d[0] == 1 {
            let nsn = Array(d.dropFirst())
            guard nsn.count == 10, nsn[0] >= 2 else { return nil }
            return (string(nsn), 0.95)
        }
        guard d.count >= 8 else { return nil }
        return (string(d), 0.85)
    }

    /// Numbers with a trunk `0`.
    static func national(_ d: [UInt8], _ g: [Int]) -> (entity: String, confidence: Double)? {
        let c = d.count
        guard c >= 7, c <= 11, d[1] != 0 else { return nil }
        let a = d[1]
        let b = d[2]
        let entity = string(d)
        if (a == 4 && [0, 1, 2, 4, 5, 6, 9].contains(b)) || (a == 5 && b == 0), c == 9 || c == 10 {
            return (entity, c == 10 ? 0.9 : 0.8)
        }
        if a == 7 {
            if c == 10 && [0, 2, 3, 6, 9].contains(b) { return (entity, 0.9) }
            if c == 11 { return (entity, 0.9) }
            return nil
        }
        if c == 11 && a <= 3 { return (entity, 0.8) }
        let areaGroup = g.count >= 2 && g[0] >= 2 && g[0] <= 4
        if a == 9 || a == 8, c <= 10, c >= 9 || areaGroup { return (entity, 0.85) }
        if c >= 8, c <= 10, areaGroup || c >= 9 { return (entity, 0.7) }
        return nil
    }

    /// North American numbers without `+1`.
    static func northAmerican(_ d: [UInt8], _ g: [Int]) -> (entity: String, confidence: Double)? {
        var digits = d[...]
        var groups = g[...]
        if d.count == 11, d[0] == 1, g.first == 1 {
            digits = digits.dropFirst()
            groups = groups.dropFirst()
        }
        guard digits.count == 10, Array(groups) == [3, 3, 4] else { return nil }
        let first = digits.startIndex
        guard digits[first] >= 2 else { return nil }
        return (string(digits), 0.85)
    }

    static func evaluate(_ sc: [Unicode.Scalar], _ run: Run) -> (entity: String, confidence: Double)? {
        guard !run.bad, run.digits.count >= 7 else { return nil }
        let n = sc.count
        let s = run.start
        let e = run.end
        if s > 0 {
            if CodeScan.continuedNumber(sc, s) || isMoney(sc[s - 1]) { return nil }
            if s >= 2, CodeScan.isSpace(sc[s - 1]), isMoney(sc[s - 2]) { return nil }
        }
        if e < n {
            if CodeScan.isAlnum(sc[e]) || CodeScan.continuesNumber(sc, e) || isMoney(sc[e]) { return nil }
            if e + 1 < n, CodeScan.isSpace(sc[e]), isMoney(sc[e + 1]) { return nil }
        }
        let g = run.groups
        if run.dot && g.allSatisfy({ $0 <= 2 }) { return nil }
        if run.dot || run.dash, g.count == 3 {
            if g[0] <= 2 && g[1] <= 2 && (g[2] == 2 || g[2] == 4) { return nil }
            if g[0] == 4 && g[1] <= 2 && g[2] <= 2 { return nil }
        }
        let d = run.digits
        if run.plus { return international(d) }
        if d[0] == 0 {
            if d[1] == 0 {
                guard d.count >= 10, let found = international(Array(d.dropFirst(2))) else { return nil }
                return (found.entity, 0.85)
            }
            return national(d, g)
        }
        return northAmerican(d, g)
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, marks: CodeMarks(text.scalars))
    }

    /// A number starts at a digit that begins a run of digits, or at the "+" or "(" right before one: only
    /// those positions are tried, left to right (a number read skips the positions inside it).
    func detect(in text: AnalyzedText, marks: CodeMarks) -> [Detection] {
        let sc = text.scalars
        var out: [Detection] = []
        var run = Run()  // (its digits get their room at the first number read: most texts have none)
        var next = 0
        for d in marks.digitStarts where d >= next {
            if d > next, sc[d - 1] == "+" || sc[d - 1] == "(" { next = visit(sc, d - 1, &run, &out) }
            if d >= next { next = visit(sc, d, &run, &out) }
        }
        return out
    }

    /// Reads and judges the number at `i` (a digit, or a "+" or "(" before one); returns where the next
    /// number can start.
    func visit(_ sc: [Unicode.Scalar], _ i: Int, _ run: inout Run, _ out: inout [Detection]) -> Int {
        let s = sc[i]
        let digit = CodeScan.isDigit(s)
        guard CodeScan.boundaryBefore(sc, i), !digit || i == 0 || (sc[i - 1] != "+" && sc[i - 1] != "(") else {
            return digit ? CodeScan.digitRunEnd(sc, i) : i + 1
        }
        if s != "(" {
            // A lone group of fewer than seven digits (most numbers in prose: "12 years", "2014.") is no number:
            // the same verdict `scan` and `evaluate` reach, without filling a run.
            let first = digit ? i : i + 1
            let groupEnd = CodeScan.digitRunEnd(sc, first)
            if groupEnd - first < 7, !Self.groupContinues(sc, groupEnd) { return max(groupEnd, i + 1) }
        }
        if run.digits.capacity < Self.maxDigits { run.digits.reserveCapacity(Self.maxDigits) }
        Self.scan(sc, i, into: &run)
        // "(040 123 4567)": the parenthesis encloses the whole number, not an area code.
        if run.bad, s == "(" { Self.scan(sc, i + 1, into: &run) }
        if let found = Self.evaluate(sc, run) {
            out.append(Detection(
                start: run.start, end: run.end, type: .phone, detector: name, confidence: found.confidence,
                entity: found.entity))
        }
        return max(run.end, i + 1)
    }
}
