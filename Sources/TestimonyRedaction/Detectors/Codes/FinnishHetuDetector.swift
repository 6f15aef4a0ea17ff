/// Finnish personal identity codes (henkilötunnus): `DDMMYY` + century sign + `NNN` + check character.
/// Century signs: `+` (1800s); `-`, `Y`, `X`, `W`, `V`, `U` (1900s); `A`, `B`, `C`, `D`, `E`, `F` (2000s).
/// Only codes with a real date, an individual number 002–999 and a correct mod-31 check character are
/// reported. Entity: the code uppercased with an ASCII `-`.
public struct FinnishHetuDetector: Detector, WordStartScanning {
    public var name: String { "fi-hetu" }

    public init() {}

    static let checkCharacters: [Unicode.Scalar] = Array("0123456789ABCDEFHJKLMNPRSTUVWXY".unicodeScalars)

    /// The century of a sign, or nil.
    static func century(_ s: Unicode.Scalar) -> Int? {
        if CodeScan.isDash(s) { return 1900 }
        switch s {
        case "+": return 1800
        case "Y", "X", "W", "V", "U", "y", "x", "w", "v", "u": return 1900
        case "A", "B", "C", "D", "E", "F", "a", "b", "c", "d", "e", "f": return 2000
        default: return nil
        }
    }

    /// Whether `sc[i..<i+11]` is a valid code (the caller checks the boundaries).
    static func isValid(_ sc: [Unicode.Scalar], _ i: Int) -> Bool {
        for k in [0, 1, 2, 3, 4, 5, 7, 8, 9] where !CodeScan.isDigit(sc[i + k]) { return false }
        guard let century = century(sc[i + 6]) else { return false }
        let day = CodeScan.value(sc, i, i + 2)
        let month = CodeScan.value(sc, i + 2, i + 4)
        let year = century + CodeScan.value(sc, i + 4, i + 6)
        let individual = CodeScan.value(sc, i + 7, i + 10)
        guard individual >= 2, CodeScan.isValidDate(day: day, month: month, year: year) else { return false }
        let number = CodeScan.value(sc, i, i + 6) * 1000 + individual
        let check = sc[i + 10]
        let expected = checkCharacters[number % 31]
        return check == expected || (CodeScan.isASCIILower(check) && CodeScan.lower(expected) == check.value)
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
        // Shared starts: digits only (any other start returns nil below).
        CodeScan.forEachWordStart(sc, starts: wordStarts, among: wordStarts?.digits, where: { _ in true }) { i in
            guard i + 11 <= n else { return n }
            guard CodeScan.isDigit(sc[i]) else { return nil }
            let runEnd = CodeScan.digitRunEnd(sc, i)
            guard runEnd - i == 6, !CodeScan.continuedNumber(sc, i),
                CodeScan.boundaryAfter(sc, i + 11), !CodeScan.continuesNumber(sc, i + 11), Self.isValid(sc, i)
            else { return runEnd }
            var entity = String.UnicodeScalarView()
            for k in i..<(i + 11) { entity.append(k == i + 6 && CodeScan.isDash(sc[k]) ? "-" : sc[k]) }
            out.append(Detection(
                start: i, end: i + 11, type: .nationalID, detector: name, confidence: 0.99,
                entity: String(entity).uppercased()))
            return i + 11
        }
        return out
    }
}
