/// Postal codes with their town, and UK postcodes:
/// - Finnish (and compact Swedish) 5 digits followed by a capitalised town: `00100 Helsinki`,
///   `33100 TAMPERE`, optionally prefixed `FI-`/`SE-`/`S-`;
/// - Swedish `123 45 Stockholm`;
/// - UK postcodes `SW1A 1AA`, `M1 1AE` (outward code, space, digit and two letters).
/// The span covers the code and the town. A capitalised money word ("Euroa") is not a town.
/// Entity: the code (digits only, or the compact UK postcode).
public struct PostalCodeDetector: Detector, WordStartScanning {
    public var name: String { "postal-code" }

    public init() {}

    static let notTowns: Set<String> = [
        "euroa", "euro", "euron", "eur", "kronor", "kr", "sek", "dollars", "dollar", "usd", "pounds", "gbp",
        "markkaa", "mk", "km", "kg", "vuotta", "år", "years", "ihmistä", "personer", "people",
    ]

    /// Letters that never appear in the last two characters of a UK postcode.
    @inline(__always) static func isInwardLetter(_ s: Unicode.Scalar) -> Bool {
        CodeScan.isASCIIUpper(s) && s != "C" && s != "I" && s != "K" && s != "M" && s != "O" && s != "V"
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors.
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let sc = text.scalars
        var out: [Detection] = []
        // Shared starts: digits, and capitals followed by a digit or by a capital and a digit (`ukPostcode`).
        let n = sc.count
        CodeScan.forEachWordStart(sc, starts: wordStarts, among: wordStarts?.digitsOrCapitals, where: { entry in
            let i = entry.start
            return entry.fact & WordStarts.Fact.digitFirst != 0
                || i + 1 < n && CodeScan.isASCIIUpper(sc[i])
                    && (CodeScan.isDigit(sc[i + 1]) || i + 2 < n && CodeScan.isASCIIUpper(sc[i + 1]) && CodeScan.isDigit(sc[i + 2]))
        }) { i in
            let s = sc[i]
            if CodeScan.isDigit(s), let found = nordic(sc, i) {
                var start = i
                if i >= 2, CodeScan.isDash(sc[i - 1]) {
                    let p = i - 1
                    var q = p
                    while q > 0, CodeScan.isASCIIUpper(sc[q - 1]), p - q < 3 { q -= 1 }
                    let prefix = CodeScan.text(sc, q, p)
                    if (prefix == "FI" || prefix == "SE" || prefix == "S"), CodeScan.boundaryBefore(sc, q) { start = q }
                }
                out.append(Detection(
                    start: start, end: found.end, type: .postalCode, detector: name, confidence: found.confidence,
                    entity: found.entity))
                return found.end
            }
            if CodeScan.isASCIIUpper(s), let end = Self.ukPostcode(sc, i) {
                out.append(Detection(
                    start: i, end: end, type: .postalCode, detector: name, confidence: 0.85,
                    entity: CodeScan.compact(sc, i, end)))
                return end
            }
            return nil
        }
        return out
    }

    func nordic(_ sc: [Unicode.Scalar], _ i: Int) -> (end: Int, entity: String, confidence: Double)? {
        let n = sc.count
        if CodeScan.continuedNumber(sc, i) || (i > 0 && sc[i - 1] == "+") { return nil }
        // Not a later group of a longer number ("040 12345 Helsinki").
        if i >= 2, CodeScan.isSpace(sc[i - 1]), CodeScan.isDigit(sc[i - 2]) { return nil }
        let first = CodeScan.digitRunEnd(sc, i)
        var codeEnd: Int
        var confidence: Double
        if first - i == 5 {
            codeEnd = first
            confidence = 0.85
        } else if first - i == 3, sc[i] != "0", first + 3 < n, CodeScan.isSpace(sc[first]),
            CodeScan.digitRunEnd(sc, first + 1) == first + 3
        {
            codeEnd = first + 3
            confidence = 0.9
        } else {
            return nil
        }
        guard CodeScan.boundaryAfter(sc, codeEnd), !CodeScan.continuesNumber(sc, codeEnd) else { return nil }
        var t = codeEnd
        while t < n, t - codeEnd < 2, CodeScan.isSpace(sc[t]) { t += 1 }
        guard t > codeEnd, t < n, CodeScan.isUpper(sc[t]) else { return nil }
        let townEnd = CodeScan.wordEnd(sc, t)
        guard townEnd - t >= 2, CodeScan.boundaryAfter(sc, townEnd),
            !Self.notTowns.contains(CodeScan.lowercased(sc, t, townEnd))
        else { return nil }
        let code = CodeScan.digits(sc, i, codeEnd)
        guard code != "00000" else { return nil }
        codeEnd = townEnd
        return (codeEnd, code, confidence)
    }

    /// UK postcode at `i`: `A9 9AA`, `A99 9AA`, `A9A 9AA`, `AA9 9AA`, `AA99 9AA`, `AA9A 9AA` (the space
    /// may be missing).
    static func ukPostcode(_ sc: [Unicode.Scalar], _ i: Int) -> Int? {
        let n = sc.count
        var j = i
        while j < n, CodeScan.isASCIIUpper(sc[j]), j - i < 3 { j += 1 }
        guard j - i >= 1, j - i <= 2, j < n, CodeScan.isDigit(sc[j]) else { return nil }
        j += 1
        let outwardStart = i
        var candidates: [Int] = [j]
        if j < n, CodeScan.isDigit(sc[j]) || CodeScan.isASCIIUpper(sc[j]) { candidates.append(j + 1) }
        for outwardEnd in candidates.reversed() {
            var k = outwardEnd
            if k < n, CodeScan.isSpace(sc[k]) { k += 1 }
            guard k + 3 <= n, CodeScan.isDigit(sc[k]), isInwardLetter(sc[k + 1]), isInwardLetter(sc[k + 2]),
                CodeScan.boundaryAfter(sc, k + 3)
            else { continue }
            if k == outwardEnd, outwardEnd - outwardStart < 3 { continue }  // compact only for long forms
            return k + 3
        }
        return nil
    }
}
