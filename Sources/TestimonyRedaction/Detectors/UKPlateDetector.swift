/// UK vehicle registrations: current "AB12 CDE", and older "KCY 482P" / "A123 BCD".
public struct UKPlateDetector: Detector, WordStartScanning {
    public let name = "uk-plate"

    public init() {}

    /// Pattern letters: L = A–Z, D = 0–9, " " = an optional single space.
    static let patterns = ["LLDD LLL", "LLL DDDL", "LLL DDL", "LDDD LLL", "LDD LLL"]

    /// `patterns` as bytes, read once (not a String walked per word).
    static let patternBytes: [[UInt8]] = patterns.map { Array($0.utf8) }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors (a plate starts with
    /// a capital with no letter or digit before it).
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let s = text.scalars
        var result: [Detection] = []
        let patterns = Self.patternBytes
        // Shared starts: every pattern starts with a capital and two capitals or digits.
        CodeScan.forEachWordStart(s, starts: wordStarts, among: wordStarts?.capitals, where: { entry in
            let i = entry.start
            return i + 2 < s.count && CodeScan.isASCIIUpper(s[i]) && Self.isCapitalOrDigit(s[i + 1]) && Self.isCapitalOrDigit(s[i + 2])
        }) { i in
            guard CodeScan.isASCIIUpper(s[i]) else { return nil }
            var matched: Int?
            for pattern in patterns {
                if let end = match(pattern, s, i) { matched = max(matched ?? 0, end) }
            }
            guard let end = matched else { return nil }
            result.append(Detection(
                start: i, end: end, type: .plate, detector: name, confidence: 0.75, entity: "PLATE:" + CodeScan.compact(s, i, end)))
            return end
        }
        return result
    }

    @inline(__always) static func isCapitalOrDigit(_ s: Unicode.Scalar) -> Bool { CodeScan.isASCIIUpper(s) || CodeScan.isDigit(s) }

    func match(_ pattern: [UInt8], _ s: [Unicode.Scalar], _ start: Int) -> Int? {
        var k = start
        for p in pattern {
            if p == 0x20 {
                if k < s.count, s[k] == " " { k += 1 }
                continue
            }
            guard k < s.count else { return nil }
            let ok = p == 0x4C ? CodeScan.isASCIIUpper(s[k]) : CodeScan.isDigit(s[k])
            guard ok else { return nil }
            k += 1
        }
        return CodeScan.boundaryAfter(s, k) ? k : nil
    }
}
