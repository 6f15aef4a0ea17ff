/// E-mail addresses: `local@domain.tld`. One pass looking for `@`; the local part is read backwards
/// (never past the previous `@`), the domain forwards. Entity: the address lowercased.
public struct EmailDetector: Detector, MarkScanning {
    public var name: String { "email" }

    public init() {}

    @inline(__always) static func isLocal(_ s: Unicode.Scalar) -> Bool {
        CodeScan.isAlnum(s) || s == "." || s == "_" || s == "%" || s == "+" || s == "-" || s == "'"
    }

    @inline(__always) static func isDomain(_ s: Unicode.Scalar) -> Bool { CodeScan.isAlnum(s) || s == "-" }

    /// The end of a dotted domain starting at `i` whose last label is alphabetic (2+ letters), or nil.
    static func domainEnd(_ sc: [Unicode.Scalar], from i: Int) -> Int? {
        let n = sc.count
        var j = i
        var labels = 0
        var lastStart = i
        while true {
            let labelStart = j
            while j < n, isDomain(sc[j]) { j += 1 }
            guard j > labelStart, sc[labelStart] != "-" else { return nil }
            labels += 1
            lastStart = labelStart
            if j + 1 < n, sc[j] == ".", isDomain(sc[j + 1]) {
                j += 1
                continue
            }
            break
        }
        while j > lastStart, sc[j - 1] == "-" { j -= 1 }
        guard labels >= 2, j - lastStart >= 2 else { return nil }
        for k in lastStart..<j where !CodeScan.isLetter(sc[k]) { return nil }
        return j
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, marks: CodeMarks(text.scalars))
    }

    /// The same pass over the "@" positions the marks hold.
    func detect(in text: AnalyzedText, marks: CodeMarks) -> [Detection] {
        let sc = text.scalars
        var out: [Detection] = []
        // Where the next address may start: past the last "@" or address (a local part is not read before it).
        var floor = 0
        for at in marks.ats where at >= floor {
            var start = at
            while start > floor, Self.isLocal(sc[start - 1]) { start -= 1 }
            while start < at, !CodeScan.isAlnum(sc[start]), sc[start] != "_" { start += 1 }
            floor = at + 1
            guard start < at, sc[at - 1] != ".", let end = Self.domainEnd(sc, from: at + 1) else { continue }
            guard end >= sc.count || sc[end] != "@" else { continue }
            out.append(Detection(
                start: start, end: end, type: .email, detector: name, confidence: 0.98,
                entity: CodeScan.lowercased(sc, start, end)))
            floor = end
        }
        return out
    }
}
