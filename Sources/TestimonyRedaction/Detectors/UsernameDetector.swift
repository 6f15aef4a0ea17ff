/// User names written without "@": "emmi.k.2009", "Varjo_88", "lilla_moln", "lizzie_sk8s". A run of
/// letters, digits, "_" and "." with an underscore, or with letters, digits and a dot together.
public struct UsernameDetector: Detector {
    public let name = "username"

    public init() {}

    public func detect(in text: AnalyzedText) -> [Detection] {
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
            while start > 0, isPart(s[start - 1]) { start -= 1 }
            var j = i + 1
            while j < n, isPart(s[j]) { j += 1 }
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
            let looksLikeName = underscore && letters >= 2 || dot && letters >= 2 && digits >= 2 && hasInnerDot(s, start, end)
            if looksLikeName && !glued && end - start >= 5 {
                let value = CodeScan.string(s[start..<end]).lowercased()
                result.append(Detection(start: start, end: end, type: .handle, detector: name, confidence: 0.8, entity: "HANDLE:\(value)"))
            }
        }
        return result
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
