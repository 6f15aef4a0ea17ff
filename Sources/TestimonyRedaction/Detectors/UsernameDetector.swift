/// User names written without "@": "emmi.k.2009", "Varjo_88", "lilla_moln", "lizzie_sk8s". A run of
/// letters, digits, "_" and "." with an underscore, or with letters, digits and a dot together.
public struct UsernameDetector: Detector {
    public let name = "username"

    public init() {}

    public func detect(in text: AnalyzedText) -> [Detection] {
        let s = text.scalars
        var result: [Detection] = []
        var i = 0
        while i < s.count {
            guard isPart(s[i]), i == 0 || !isPart(s[i - 1]) && s[i - 1] != "@" && s[i - 1] != "/" else { i += 1; continue }
            var j = i
            var letters = 0
            var digits = 0
            var underscore = false
            var dot = false
            while j < s.count, isPart(s[j]) {
                if Tokenizer.isLetter(s[j]) { letters += 1 } else if Tokenizer.isDigit(s[j]) { digits += 1 } else if s[j] == "_" { underscore = true } else { dot = true }
                j += 1
            }
            var end = j
            while end > i, s[end - 1] == "." || s[end - 1] == "_" { end -= 1 }  // sentence full stop
            let glued = end < s.count && (s[end] == "@" || s[end] == "/" || s[end] == ":")
            let looksLikeName = underscore && letters >= 2 || dot && letters >= 2 && digits >= 2 && hasInnerDot(s, i, end)
            if looksLikeName && !glued && end - i >= 5 {
                let value = String(String.UnicodeScalarView(s[i..<end])).lowercased()
                result.append(Detection(start: i, end: end, type: .handle, detector: name, confidence: 0.8, entity: "HANDLE:\(value)"))
            }
            i = j
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
