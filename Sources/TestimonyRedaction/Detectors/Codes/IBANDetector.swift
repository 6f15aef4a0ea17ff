/// International bank account numbers: country code + 2 check digits + BBAN, written compactly or in
/// groups of four separated by single spaces. The mod-97 check must give 1; countries with a known length
/// (FI 18, SE 24, GB 22, DE 22 and other European ones) must have exactly that length, others 15–34.
/// Entity: the compact IBAN, uppercased.
public struct IBANDetector: Detector, MarkScanning {
    public var name: String { "iban" }

    public init() {}

    /// IBAN lengths by country, keyed by the two ASCII letters (`first << 8 | second`).
    static let lengths: [UInt32: Int] = {
        let table: [String: Int] = [
            "FI": 18, "SE": 24, "GB": 22, "DE": 22, "NO": 15, "DK": 18, "EE": 20, "AX": 18, "IS": 26, "LT": 20,
            "LV": 21, "PL": 28, "NL": 18, "BE": 16, "FR": 27, "ES": 24, "PT": 25, "IT": 27, "CH": 21, "AT": 20,
            "IE": 22, "LU": 20, "CZ": 24, "SK": 24, "HU": 28, "GR": 27, "RO": 24, "BG": 22, "HR": 21, "SI": 19,
        ]
        var out: [UInt32: Int] = [:]
        for (code, length) in table {
            let s = Array(code.unicodeScalars)
            out[s[0].value << 8 | s[1].value] = length
        }
        return out
    }()

    @inline(__always) static func isIBANChar(_ s: Unicode.Scalar) -> Bool {
        CodeScan.isDigit(s) || CodeScan.isASCIIUpper(s)
    }

    /// ISO 13616 mod-97 over the IBAN characters in `chars` (first four moved to the end).
    static func mod97(_ chars: [Unicode.Scalar], count: Int) -> Bool {
        var r = 0
        for k in 0..<count {
            let c = chars[(k + 4) % count]
            if CodeScan.isDigit(c) {
                r = (r * 10 + CodeScan.digit(c)) % 97
            } else {
                r = (r * 100 + Int(c.value) - 55) % 97
            }
        }
        return r == 1
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, marks: CodeMarks(text.scalars))
    }

    /// An IBAN's check digits start a run of digits right after its two capitals: only the two positions
    /// before each digit-run start are tried, left to right (a match skips the starts inside it).
    func detect(in text: AnalyzedText, marks: CodeMarks) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        var chars: [Unicode.Scalar] = []
        var ends: [(count: Int, end: Int)] = []
        var next = 0
        for d in marks.digitStarts where d >= next + 2 {
            let i = d - 2
            guard i + 15 <= n else { break }
            guard CodeScan.isASCIIUpper(sc[i]), CodeScan.isASCIIUpper(sc[i + 1]), CodeScan.isDigit(sc[i + 3]),
                CodeScan.boundaryBefore(sc, i)
            else { continue }
            if chars.capacity < 40 { chars.reserveCapacity(40) }
            guard let found = Self.match(sc, at: i, &chars, &ends) else { continue }
            out.append(Detection(
                start: i, end: found.end, type: .iban, detector: name, confidence: 0.98,
                entity: CodeScan.string(chars[0..<found.count])))
            next = found.end
        }
        return out
    }

    /// The IBAN at `i` (two capitals, two digits, at a word start): its character count and end, with its
    /// characters in `chars`.
    static func match(
        _ sc: [Unicode.Scalar], at i: Int, _ chars: inout [Unicode.Scalar], _ ends: inout [(count: Int, end: Int)]
    ) -> (count: Int, end: Int)? {
        let n = sc.count
        chars.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        chars.append(contentsOf: sc[i..<(i + 4)])
        var j = i + 4
        if j < n, CodeScan.isSpace(sc[j]) {
            // Groups of four: every group but the last has four characters.
            ends.append((4, j))
            while j + 1 < n, CodeScan.isSpace(sc[j]), isIBANChar(sc[j + 1]), chars.count < 34 {
                var k = j + 1
                while k < n, isIBANChar(sc[k]), k - j <= 4 { k += 1 }
                let group = k - j - 1
                guard group <= 4, CodeScan.boundaryAfter(sc, k) else { break }
                chars.append(contentsOf: sc[(j + 1)..<k])
                ends.append((chars.count, k))
                j = k
                if group < 4 { break }
            }
        } else {
            while j < n, isIBANChar(sc[j]), chars.count <= 34 {
                chars.append(sc[j])
                j += 1
            }
            if CodeScan.boundaryAfter(sc, j) { ends.append((chars.count, j)) }
        }
        let key = sc[i].value << 8 | sc[i + 1].value
        var found: (count: Int, end: Int)?
        if let length = lengths[key] {
            if let e = ends.first(where: { $0.count == length }), mod97(chars, count: length) { found = e }
        } else {
            for e in ends.reversed() where e.count >= 15 && e.count <= 34 && mod97(chars, count: e.count) {
                found = e
                break
            }
        }
        return found
    }
}
