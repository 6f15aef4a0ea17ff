/// Social-media handles: `@name` (2+ characters of letters, digits, `_`, `.`; at least one letter or `_`),
/// not the `@` inside an e-mail address. A Mastodon-style `@name@server.tld` is one handle.
/// Entity: the handle lowercased, with its `@`.
public struct HandleDetector: Detector, MarkScanning {
    public var name: String { "handle" }

    public init() {}

    @inline(__always) static func isHandleChar(_ s: Unicode.Scalar) -> Bool {
        CodeScan.isASCIIAlnum(s) || s == "_" || s == "."
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, marks: CodeMarks(text.scalars))
    }

    /// The same pass over the "@" positions the marks hold.
    func detect(in text: AnalyzedText, marks: CodeMarks) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var i = 0
        for at in marks.ats where at >= i {
            i = at + 1
            if at > 0 {
                let p = sc[at - 1]
                if CodeScan.isAlnum(p) || EmailDetector.isLocal(p) || p == "@" { continue }
            }
            var j = at + 1
            var hasLetter = false
            while j < n, Self.isHandleChar(sc[j]), j - at <= 64 {
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
                start: at, end: j, type: .handle, detector: name, confidence: 0.9,
                entity: CodeScan.lowercased(sc, at, j)))
            i = j
        }
        return out
    }
}
