/// Payment card numbers: 13–19 digits, compact or in groups (4-4-4-4, 4-4-4-4-3, Amex 4-6-5, Diners
/// 4-6-4) joined by single spaces or dashes, with a valid Luhn check digit and a known issuer prefix
/// (Visa 4, Mastercard 51–55 and 2221–2720, Amex 34/37, Discover 6011/65/644–649, JCB 3528–3589,
/// Diners 36/38/300–305). Entity: the digits.
public struct PaymentCardDetector: Detector, WordStartScanning {
    public var name: String { "card" }

    public init() {}

    /// Whether the issuer prefix and the length go together.
    static func knownIssuer(_ d: [UInt8], count: Int) -> Bool {
        func prefix(_ k: Int) -> Int { d[0..<k].reduce(0) { $0 * 10 + Int($1) } }
        let p2 = prefix(2)
        let p3 = prefix(3)
        let p4 = prefix(4)
        if d[0] == 4 { return count == 13 || count == 16 || count == 19 }
        if (51...55).contains(p2) || (2221...2720).contains(p4) { return count == 16 }
        if p2 == 34 || p2 == 37 { return count == 15 }
        if p4 == 6011 || p2 == 65 || (644...649).contains(p3) { return count >= 16 }
        if (3528...3589).contains(p4) { return count >= 16 }
        if p2 == 36 || p2 == 38 || (300...305).contains(p3) { return count >= 14 && count <= 19 }
        return false
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors (every match
    /// starts with a letter or digit with none before it).
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var groups: [Int] = []
        var ends: [Int] = []
        // Shared starts: digits only (any other start returns nil below).
        CodeScan.forEachWordStart(sc, starts: wordStarts, among: wordStarts?.digits, where: { _ in true }) { i in
            guard i + 13 <= n else { return n }
            guard CodeScan.isDigit(sc[i]) else { return nil }
            let runEnd = CodeScan.digitRunEnd(sc, i)
            guard !CodeScan.continuedNumber(sc, i), i == 0 || sc[i - 1] != "+" else { return runEnd }
            // A number of fewer than 13 digits that no space or dash and digit follow is no card: the walk below
            // would read that one group and return its end (most numbers end here).
            if runEnd - i < 13,
                !(runEnd + 1 < n && (CodeScan.isSpace(sc[runEnd]) || CodeScan.isDash(sc[runEnd])) && CodeScan.isDigit(sc[runEnd + 1]))
            {
                return runEnd
            }
            digits.removeAll(keepingCapacity: true)
            groups.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            var j = i
            var separator: Unicode.Scalar?
            while true {
                let start = j
                while j < n, CodeScan.isDigit(sc[j]), digits.count <= 19 {
                    digits.append(UInt8(CodeScan.digit(sc[j])))
                    j += 1
                }
                groups.append(j - start)
                ends.append(j)
                guard digits.count <= 19, j + 1 < n, CodeScan.isSpace(sc[j]) || CodeScan.isDash(sc[j]),
                    CodeScan.isDigit(sc[j + 1]), separator == nil || separator == sc[j]
                else { break }
                separator = sc[j]
                j += 1
            }
            // The longest valid prefix of whole groups.
            var found: (count: Int, end: Int)?
            var count = 0
            for (k, length) in groups.enumerated() {
                count += length
                guard count >= 13, count <= 19, count <= digits.count else { continue }
                let shapeOK: Bool
                if k == 0 {
                    shapeOK = true
                } else {
                    let inner = groups[0..<k]
                    shapeOK = (inner.allSatisfy { $0 == 4 } && length <= 4 && length >= 1)
                        || (k == 2 && groups[0] == 4 && groups[1] == 6 && (length == 5 || length == 4))
                }
                let end = ends[k]
                guard shapeOK, CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end) || k < groups.count - 1
                else { continue }
                let prefix = Array(digits[0..<count])
                if Self.knownIssuer(prefix, count: count), CodeScan.luhn(prefix) { found = (count, end) }
            }
            guard let found else { return max(ends.last ?? i, i + 1) }
            var entity = ""
            for d in digits[0..<found.count] { entity.unicodeScalars.append(Unicode.Scalar(UInt8(0x30) + d)) }
            out.append(Detection(
                start: i, end: found.end, type: .card, detector: name, confidence: 0.95, entity: entity))
            return found.end
        }
        return out
    }
}
