/// UK National Insurance numbers: two letters, six digits (often in pairs), a letter A–D:
/// "QQ 12 34 56 C", "AB123456C".
public struct UKNationalInsuranceDetector: Detector, WordStartScanning {
    public let name = "uk-nino"

    public init() {}

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors (every match
    /// starts with a letter or digit with none before it).
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let s = text.scalars
        var result: [Detection] = []
        // Shared starts: two capitals and a digit or a space, what the loop below needs to count a digit.
        CodeScan.forEachWordStart(s, starts: wordStarts, among: wordStarts?.capitals, where: { entry in
            let i = entry.start
            return i + 2 < s.count && CodeScan.isASCIIUpper(s[i]) && CodeScan.isASCIIUpper(s[i + 1]) && (CodeScan.isDigit(s[i + 2]) || s[i + 2] == " ")
        }) { i in
            guard i + 9 <= s.count else { return s.count }
            guard CodeScan.isASCIIUpper(s[i]), i + 1 < s.count, CodeScan.isASCIIUpper(s[i + 1]) else { return nil }
            var k = i + 2
            var digits = 0
            while k < s.count, digits < 6 {
                if CodeScan.isDigit(s[k]) {
                    digits += 1
                } else if s[k] != " " || digits % 2 != 0 {
                    break
                }
                k += 1
            }
            if digits == 6 {
                if k < s.count, s[k] == " " { k += 1 }
                if k < s.count, ["A", "B", "C", "D"].contains(s[k]), CodeScan.boundaryAfter(s, k + 1) {
                    let value = CodeScan.compact(s, i, k + 1)
                    result.append(Detection(start: i, end: k + 1, type: .nationalID, detector: name, confidence: 0.9, entity: "NINO:\(value)"))
                    return k + 1
                }
            }
            return nil
        }
        return result
    }
}
