@testable import TestimonyRedaction

/// The scalar-walking detectors as they were before `CodeMarks` (each walks every scalar of the text looking
/// for its trigger), kept verbatim as the reference that the marks-driven walks must agree with.
enum FullWalkReference {
    // — IPAddressDetector
    static func ip(_ text: AnalyzedText) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var i = 0
        while i < n {
            let s = sc[i]
            guard CodeScan.isHex(s) || (s == ":" && i + 1 < n && sc[i + 1] == ":") else {
                i += 1
                continue
            }
            if i > 0 {
                let p = sc[i - 1]
                if CodeScan.isAlnum(p) || p == ":" || p == "." || p == "_" || p == "-" {
                    i += 1
                    continue
                }
            }
            var end: Int?
            if CodeScan.isDigit(s), let v4 = IPAddressDetector.ipv4End(sc, i), !IPAddressDetector().precededByVersionWord(sc, i) {
                end = v4
            } else if let v6 = IPAddressDetector.ipv6End(sc, i) {
                end = v6
            }
            guard let end else {
                i = s == ":" ? i + 2 : CodeScan.alnumRunEnd(sc, i)
                continue
            }
            out.append(Detection(
                start: i, end: end, type: .ipAddress, detector: "ip", confidence: 0.9,
                entity: CodeScan.lowercased(sc, i, end)))
            i = end
        }
        return out
    }

    // — PhoneDetector
    static func phone(_ text: AnalyzedText) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var run = PhoneDetector.Run()
        run.digits.reserveCapacity(PhoneDetector.maxDigits)
        var i = 0
        while i < n {
            let s = sc[i]
            let digit = CodeScan.isDigit(s)
            guard digit || ((s == "+" || s == "(") && i + 1 < n && CodeScan.isDigit(sc[i + 1])) else {
                i += 1
                continue
            }
            guard CodeScan.boundaryBefore(sc, i), !digit || i == 0 || (sc[i - 1] != "+" && sc[i - 1] != "(") else {
                i = digit ? CodeScan.digitRunEnd(sc, i) : i + 1
                continue
            }
            PhoneDetector.scan(sc, i, into: &run)
            // "(040 123 4567)": the parenthesis encloses the whole number, not an area code.
            if run.bad, s == "(" { PhoneDetector.scan(sc, i + 1, into: &run) }
            if let found = PhoneDetector.evaluate(sc, run) {
                out.append(Detection(
                    start: run.start, end: run.end, type: .phone, detector: "phone", confidence: found.confidence,
                    entity: found.entity))
            }
            i = max(run.end, i + 1)
        }
        return out
    }

    // — IBANDetector
    static func iban(_ text: AnalyzedText) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var chars: [Unicode.Scalar] = []
        chars.reserveCapacity(40)
        var ends: [(count: Int, end: Int)] = []
        var i = 0
        while i + 15 <= n {
            guard CodeScan.isASCIIUpper(sc[i]), CodeScan.isASCIIUpper(sc[i + 1]), CodeScan.isDigit(sc[i + 2]),
                CodeScan.isDigit(sc[i + 3]), CodeScan.boundaryBefore(sc, i)
            else {
                i += 1
                continue
            }
            chars.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            chars.append(contentsOf: sc[i..<(i + 4)])
            var j = i + 4
            if j < n, CodeScan.isSpace(sc[j]) {
                // Groups of four: every group but the last has four characters.
                ends.append((4, j))
                while j + 1 < n, CodeScan.isSpace(sc[j]), IBANDetector.isIBANChar(sc[j + 1]), chars.count < 34 {
                    var k = j + 1
                    while k < n, IBANDetector.isIBANChar(sc[k]), k - j <= 4 { k += 1 }
                    let group = k - j - 1
                    guard group <= 4, CodeScan.boundaryAfter(sc, k) else { break }
                    chars.append(contentsOf: sc[(j + 1)..<k])
                    ends.append((chars.count, k))
                    j = k
                    if group < 4 { break }
                }
            } else {
                while j < n, IBANDetector.isIBANChar(sc[j]), chars.count <= 34 {
                    chars.append(sc[j])
                    j += 1
                }
                if CodeScan.boundaryAfter(sc, j) { ends.append((chars.count, j)) }
            }
            let key = sc[i].value << 8 | sc[i + 1].value
            var found: (count: Int, end: Int)?
            if let length = IBANDetector.lengths[key] {
                if let e = ends.first(where: { $0.count == length }), IBANDetector.mod97(chars, count: length) { found = e }
            } else {
                for e in ends.reversed() where e.count >= 15 && e.count <= 34 && IBANDetector.mod97(chars, count: e.count) {
                    found = e
                    break
                }
            }
            guard let found else {
                i += 2
                continue
            }
            var entity = String.UnicodeScalarView()
            entity.append(contentsOf: chars[0..<found.count])
            out.append(Detection(
                start: i, end: found.end, type: .iban, detector: "iban", confidence: 0.98, entity: String(entity)))
            i = found.end
        }
        return out
    }

    // — SwedishPersonnummerDetector
    static func personnummer(_ text: AnalyzedText) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var i = 0
        while i < n {
            guard CodeScan.isDigit(sc[i]) else {
                i += 1
                continue
            }
            let runEnd = CodeScan.digitRunEnd(sc, i)
            defer { if i < runEnd { i = runEnd } }
            guard CodeScan.boundaryBefore(sc, i), !CodeScan.continuedNumber(sc, i), i == 0 || sc[i - 1] != "+"
            else { continue }
            let length = runEnd - i
            var dateStart = i
            var serialStart = 0
            var end = 0
            var century: Int?
            var confidence = 0.97
            switch length {
            case 6, 8:
                guard runEnd + 5 <= n, CodeScan.isDash(sc[runEnd]) || sc[runEnd] == "+",
                    CodeScan.digitRunEnd(sc, runEnd + 1) == runEnd + 5
                else { continue }
                serialStart = runEnd + 1
                end = runEnd + 5
            case 10, 12:
                serialStart = runEnd - 4
                end = runEnd
                confidence = length == 12 ? 0.9 : 0.75
            default:
                continue
            }
            if length == 8 || length == 12 {
                let c = CodeScan.value(sc, i, i + 2)
                guard c >= 18, c <= 20 else { continue }
                century = c * 100
                dateStart = i + 2
            }
            guard CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end),
                SwedishPersonnummerDetector.isValid(sc, dateStart: dateStart, serialStart: serialStart, century: century)
            else { continue }
            var entity = CodeScan.digits(sc, dateStart, dateStart + 6)
            entity += CodeScan.digits(sc, serialStart, serialStart + 4)
            out.append(Detection(
                start: i, end: end, type: .nationalID, detector: "se-personnummer", confidence: confidence, entity: entity))
            i = end
        }
        return out
    }

    // — EmailDetector
    static func email(_ text: AnalyzedText) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var floor = 0
        var i = 0
        while i < n {
            guard sc[i] == "@" else {
                i += 1
                continue
            }
            let at = i
            var start = at
            while start > floor, EmailDetector.isLocal(sc[start - 1]) { start -= 1 }
            while start < at, !CodeScan.isAlnum(sc[start]), sc[start] != "_" { start += 1 }
            floor = at + 1
            i = at + 1
            guard start < at, sc[at - 1] != ".", let end = EmailDetector.domainEnd(sc, from: at + 1) else { continue }
            guard end >= n || sc[end] != "@" else { continue }
            out.append(Detection(
                start: start, end: end, type: .email, detector: "email", confidence: 0.98,
                entity: CodeScan.lowercased(sc, start, end)))
            floor = end
            i = end
        }
        return out
    }

    // — HandleDetector
    static func handle(_ text: AnalyzedText) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var i = 0
        while i < n {
            guard sc[i] == "@" else {
                i += 1
                continue
            }
            let at = i
            i += 1
            if at > 0 {
                let p = sc[at - 1]
                if CodeScan.isAlnum(p) || EmailDetector.isLocal(p) || p == "@" { continue }
            }
            var j = at + 1
            var hasLetter = false
            while j < n, HandleDetector.isHandleChar(sc[j]), j - at <= 64 {
                if !CodeScan.isDigit(sc[j]) && sc[j] != "." { hasLetter = true }
                j += 1
            }
            while j > at + 1, sc[j - 1] == "." { j -= 1 }
            guard j - at - 1 >= 2, hasLetter, sc[at + 1] != "." else { continue }
            if j < n, CodeScan.isLetter(sc[j]) { continue }
            if j < n, sc[j] == "@" {
                guard let end = EmailDetector.domainEnd(sc, from: j + 1) else { continue }
                j = end
            }
            out.append(Detection(
                start: at, end: j, type: .handle, detector: "handle", confidence: 0.9,
                entity: CodeScan.lowercased(sc, at, j)))
            i = j
        }
        return out
    }

    // — UsernameDetector
    static func username(_ text: AnalyzedText) -> [Detection] {
        let s = text.scalars
        let n = s.count
        var result: [Detection] = []
        // Only a run with a "_" or "." can look like a user name, so the walk looks for those two characters
        // (one comparison per scalar) and reads the run around each: the same maximal runs of letters, digits,
        // "_" and ".", not preceded by "@" or "/", that a walk over every run would judge.
        var i = 0
        while i < n {
            let v = s[i].value
            guard v == 0x5F || v == 0x2E else {
                i += 1
                continue
            }
            var start = i
            while start > 0, UsernameDetector().isPart(s[start - 1]) { start -= 1 }
            var j = i + 1
            while j < n, UsernameDetector().isPart(s[j]) { j += 1 }
            i = j
            if start > 0, s[start - 1] == "@" || s[start - 1] == "/" { continue }
            var letters = 0
            var digits = 0
            var underscore = false
            var dot = false
            for k in start..<j {
                let c = s[k]
                if Tokenizer.isLetter(c) { letters += 1 } else if Tokenizer.isDigit(c) { digits += 1 } else if c == "_" { underscore = true } else { dot = true }
            }
            var end = j
            while end > start, s[end - 1] == "." || s[end - 1] == "_" { end -= 1 }  // sentence full stop
            let glued = end < n && (s[end] == "@" || s[end] == "/" || s[end] == ":")
            let looksLikeName = underscore && letters >= 2 || dot && letters >= 2 && digits >= 2 && UsernameDetector().hasInnerDot(s, start, end)
            if looksLikeName && !glued && end - start >= 5 {
                let value = CodeScan.string(s[start..<end]).lowercased()
                result.append(Detection(start: start, end: end, type: .handle, detector: "username", confidence: 0.8, entity: "HANDLE:\(value)"))
            }
        }
        return result
    }
}
