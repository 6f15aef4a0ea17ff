/// UK National Insurance numbers: two letters, six digits (often in pairs), a letter A–D:
/// "QQ 12 34 56 C", "AB123456C".
public struct UKNationalInsuranceDetector: Detector {
    public let name = "uk-nino"

    public init() {}

    public func detect(in text: AnalyzedText) -> [Detection] {
        let s = text.scalars
        var result: [Detection] = []
        var i = 0
        while i + 9 <= s.count {
            guard CodeScan.isASCIIUpper(s[i]), i + 1 < s.count, CodeScan.isASCIIUpper(s[i + 1]), CodeScan.boundaryBefore(s, i) else {
                i += 1
                continue
            }
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
                    i = k + 1
                    continue
                }
            }
            i += 1
        }
        return result
    }
}
