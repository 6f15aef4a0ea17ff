/// Vehicle registration plates. Finnish: 2–3 uppercase letters, a hyphen and 1–3 digits (`ABC-123`,
/// no leading zero). Swedish: 3 uppercase letters (no I, Q, V, Å, Ä, Ö), a space or nothing, two digits
/// and a digit or letter (`ABC 123`, `ABC 12A`). Letters must be uppercase; a stop list removes acronyms
/// that look like plates (`HIV-1`, `SOS 112`, `EUR 100`); `COVID-19`, `MP3` and `A-4` do not have the
/// shape. Swedish-style matches after another all-caps word (shouting) are skipped.
/// Entity: letters and digits, uppercased, without separators.
public struct VehiclePlateDetector: Detector, WordStartScanning {
    public var name: String { "plate" }

    public init() {}

    static let stopList: Set<String> = [
        // health, science, media and technology
        "HIV", "HPV", "HSV", "EBV", "RSV", "CMV", "SARS", "MERS", "DNA", "RNA", "BMI", "ADHD", "ICD", "DSM", "PTSD",
        "MP", "MPG", "USB", "LTE", "CD", "DVD", "TV", "MTV", "YLE", "SVT", "BBC", "ITV", "PS", "XP", "OS", "ISO",
        "SFS", "DIN", "EN", "IEC", "ATM", "PIN", "SMS", "GPS", "VHS", "WC", "FM", "AM", "HD", "UHD",
        // sport, politics and history
        "NHL", "NBA", "NFL", "UFC", "WWE", "SM", "EM", "MM", "VM", "EU", "UN", "YK", "WW", "WWII", "GP",
        "AK", "MIG", "KGB", "SS", "NATO",
        // emergency and money
        "SOS", "EUR", "SEK", "USD", "GBP", "NOK", "DKK", "CHF", "JPY", "EKR", "FIM", "KR",
        // cars and models that are not plates
        "BMW", "VW", "GT", "GTI", "RS", "AMG", "SUV",
        // weekdays and months written in capitals, Finnish and Swedish
        "MA", "TI", "KE", "TO", "PE", "LA", "SU", "MÅN", "TIS", "ONS", "TOR", "FRE", "LÖR", "SÖN",
        "JAN", "FEB", "MAR", "APR", "MAJ", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC",
        // clock and units
        "KLO", "KL", "NR", "NRO", "NO", "ART", "KAP", "PYKÄLÄ", "LUKU", "SIV", "SID", "S", "P", "PP",
    ]

    @inline(__always) static func isPlateLetter(_ s: Unicode.Scalar) -> Bool {
        CodeScan.isASCIIUpper(s) || s == "Å" || s == "Ä" || s == "Ö"
    }

    @inline(__always) static func isSwedishLetter(_ s: Unicode.Scalar) -> Bool {
        CodeScan.isASCIIUpper(s) && s != "I" && s != "Q" && s != "V"
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
        // Shared starts: a plate has two letters or more (`match`); other starts end their run below.
        CodeScan.forEachWordStart(sc, starts: wordStarts, among: wordStarts?.capitals, where: { entry in
            let i = entry.start
            return i + 1 < n && Self.isPlateLetter(sc[i]) && Self.isPlateLetter(sc[i + 1])
        }) { i in
            guard i + 3 <= n else { return n }
            guard Self.isPlateLetter(sc[i]) else { return nil }
            guard i == 0 || !CodeScan.isDash(sc[i - 1]) else { return CodeScan.alnumRunEnd(sc, i) }
            var j = i
            while j < n, Self.isPlateLetter(sc[j]) { j += 1 }
            let letters = j - i
            if let found = match(sc, i, j, letters: letters) {
                out.append(Detection(
                    start: i, end: found.end, type: .plate, detector: name, confidence: found.confidence,
                    entity: CodeScan.compact(sc, i, found.end)))
                return found.end
            }
            return CodeScan.alnumRunEnd(sc, j)
        }
        return out
    }

    func match(_ sc: [Unicode.Scalar], _ i: Int, _ j: Int, letters: Int) -> (end: Int, confidence: Double)? {
        let n = sc.count
        guard letters >= 2, letters <= 3, j < n, !CodeScan.isLetter(sc[j]) else { return nil }
        // Finnish: ABC-123
        if CodeScan.isDash(sc[j]), j + 1 < n, CodeScan.isDigit(sc[j + 1]), sc[j + 1] != "0" {
            let end = CodeScan.digitRunEnd(sc, j + 1)
            guard end - j - 1 <= 3, CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end),
                !isStopWord(sc, i, j)
            else { return nil }
            return (end, letters == 3 ? 0.85 : 0.75)
        }
        // Swedish: ABC 123, ABC 12A, ABC123
        guard letters == 3 else { return nil }
        for k in i..<j where !Self.isSwedishLetter(sc[k]) { return nil }
        let spaced = CodeScan.isSpace(sc[j])
        let d = spaced ? j + 1 : j
        guard d + 3 <= n, CodeScan.isDigit(sc[d]), CodeScan.isDigit(sc[d + 1]),
            CodeScan.isDigit(sc[d + 2]) || Self.isSwedishLetter(sc[d + 2])
        else { return nil }
        let end = d + 3
        guard CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end), !isStopWord(sc, i, j) else {
            return nil
        }
        if spaced, let previous = CodeScan.previousWord(sc, before: i), previous.end - previous.start >= 2 {
            var shouting = true
            for k in previous.start..<previous.end where !CodeScan.isUpper(sc[k]) { shouting = false }
            if shouting { return nil }
        }
        return (end, spaced ? 0.7 : 0.6)
    }

    func isStopWord(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        Self.stopList.contains(CodeScan.text(sc, start, end))
    }
}
