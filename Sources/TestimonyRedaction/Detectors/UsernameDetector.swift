/// User names written without "@": "emmi.k.2009", "Varjo_88", "lilla_moln", "lizzie_sk8s". A run of
/// letters, digits, "_" and "." with an underscore, or with letters, digits and a dot together.
public struct UsernameDetector: Detector, MarkScanning {
    public let name = "username"

    public init() {}

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, marks: CodeMarks(text.scalars))
    }

    /// Only a run with a "_" or "." can look like a user name, and one without a "_" needs two digits: so
    /// the runs judged are those around each "_" and each digit-run start (a dotted prose word, "end.",
    /// has neither). Each maximal run of letters, digits, "_" and "." is read once, left to right; one
    /// without a "_" or "." is not judged.
    func detect(in text: AnalyzedText, marks: CodeMarks) -> [Detection] {
        let s = text.scalars
        var result: [Detection] = []
        var done = 0
        let underscores = marks.underscores
        var u = 0
        var d = 0
        // The digit-run starts and underscores, merged in order.
        while true {
            let i: Int
            if u < underscores.count, d >= marks.digitStarts.count || underscores[u] < marks.digitStarts[d] {
                i = underscores[u]
                u += 1
            } else if d < marks.digitStarts.count {
                i = marks.digitStarts[d]
                d += 1
            } else {
                break
            }
            guard i >= done else { continue }
            // The run around `i`, and whether it has a "." or "_" at all (most runs of digits have neither).
            var marked = s[i] == "_"
            var start = i
            while start > 0 {
                let c = s[start - 1]
                guard isPart(c) else { break }
                if c == "." || c == "_" { marked = true }
                start -= 1
            }
            var j = i + 1
            while j < s.count {
                let c = s[j]
                guard isPart(c) else { break }
                if c == "." || c == "_" { marked = true }
                j += 1
            }
            done = j
            if marked, let found = judge(s, start, j) { result.append(found) }
        }
        return result
    }

    /// The user name in the maximal run `start..<j` of letters, digits, "_" and ".", if it is one.
    func judge(_ s: [Unicode.Scalar], _ start: Int, _ j: Int) -> Detection? {
        let n = s.count
        if start > 0, s[start - 1] == "@" || s[start - 1] == "/" { return nil }
        var letters = 0
        var digits = 0
        var underscore = false
        var dot = false
        for k in start..<j {
            let c = s[k]
            if Tokenizer.isLetter(c) { letters += 1 } else if Tokenizer.isDigit(c) { digits += 1 } else if c == "_" { underscore = true } else { dot = true }
        }
        guard underscore || dot else { return nil }
        var end = j
        while end > start, s[end - 1] == "." || s[end - 1] == "_" { end -= 1 }  // sentence full stop
        let glued = end < n && (s[end] == "@" || s[end] == "/" || s[end] == ":")
        let looksLikeName = underscore && letters >= 2 || dot && letters >= 2 && digits >= 2 && hasInnerDot(s, start, end)
        guard looksLikeName && !glued && end - start >= 5 else { return nil }
        let value = CodeScan.string(s[start..<end]).lowercased()
        return Detection(start: start, end: end, type: .handle, detector: name, confidence: 0.8, entity: "HANDLE:\(value)")
    }

    func isPart(_ c: Unicode.Scalar) -> Bool {
        Tokenizer.isLetter(c) || Tokenizer.isDigit(c) || c == "_" || c == "."
    }

    /// A dot between two letters or a letter and a digit (not a decimal number, not a date).
    func hasInnerDot(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        for k in (start + 1)..<max(start + 1, end - 1) where s[k] == "." {
            if Tokenizer.isLetter(s[k - 1]) || Tokenizer.isLetter(s[k + 1]) { return true }
        }
        return false
    }
}
