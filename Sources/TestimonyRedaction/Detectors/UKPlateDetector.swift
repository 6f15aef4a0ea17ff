/// UK vehicle registrations: current "AB12 CDE", and older "KCY 482P" / "A123 BCD".
public struct UKPlateDetector: Detector {
    public let name = "uk-plate"

    public init() {}

    /// Pattern letters: L = A–Z, D = 0–9, " " = an optional single space.
    static let patterns = ["LLDD LLL", "LLL DDDL", "LLL DDL", "LDDD LLL", "LDD LLL"]

    public func detect(in text: AnalyzedText) -> [Detection] {
        let s = text.scalars
        var result: [Detection] = []
        var i = 0
        while i < s.count {
            guard CodeScan.isASCIIUpper(s[i]), CodeScan.boundaryBefore(s, i) else {
                i += 1
                continue
            }
            var matched: Int?
            for pattern in Self.patterns {
                if let end = match(pattern, s, i) { matched = max(matched ?? 0, end) }
            }
            if let end = matched {
                result.append(Detection(
                    start: i, end: end, type: .plate, detector: name, confidence: 0.75, entity: "PLATE:" + CodeScan.compact(s, i, end)))
                i = end
            } else {
                i += 1
            }
        }
        return result
    }

    func match(_ pattern: String, _ s: [Unicode.Scalar], _ start: Int) -> Int? {
        var k = start
        for p in pattern.unicodeScalars {
            if p == " " {
                if k < s.count, s[k] == " " { k += 1 }
                continue
            }
            guard k < s.count else { return nil }
            let ok = p == "L" ? CodeScan.isASCIIUpper(s[k]) : CodeScan.isDigit(s[k])
            guard ok else { return nil }
            k += 1
        }
        return CodeScan.boundaryAfter(s, k) ? k : nil
    }
}
