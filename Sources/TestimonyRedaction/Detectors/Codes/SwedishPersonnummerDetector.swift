/// Swedish personal identity numbers (personnummer) and coordination numbers (samordningsnummer, day
/// + 60): `YYMMDD-NNNN`, `YYMMDD+NNNN`, `YYYYMMDD-NNNN`, or the same without a separator. The date must
/// exist and the 10 digits must pass Luhn. Entity: the 10 digits `YYMMDDNNNN`, so every written form of
/// one number gets the same placeholder.
public struct SwedishPersonnummerDetector: Detector, MarkScanning {
    public var name: String { "se-personnummer" }

    public init() {}

    /// Validates the 10 digits `YYMMDDNNNN` at `dateStart` (6 digits) and `serialStart` (4 digits).
    static func isValid(_ sc: [Unicode.Scalar], dateStart: Int, serialStart: Int, century: Int?) -> Bool {
        let yy = CodeScan.value(sc, dateStart, dateStart + 2)
        let month = CodeScan.value(sc, dateStart + 2, dateStart + 4)
        var day = CodeScan.value(sc, dateStart + 4, dateStart + 6)
        if day > 60 { day -= 60 }
        if let century {
            guard CodeScan.isValidDate(day: day, month: month, year: century + yy) else { return false }
        } else {
            guard CodeScan.isValidDate(day: day, month: month, year: 1900 + yy)
                || CodeScan.isValidDate(day: day, month: month, year: 2000 + yy)
            else { return false }
        }
        var digits: [UInt8] = []
        digits.reserveCapacity(10)
        for k in dateStart..<(dateStart + 6) { digits.append(UInt8(CodeScan.digit(sc[k]))) }
        for k in serialStart..<(serialStart + 4) { digits.append(UInt8(CodeScan.digit(sc[k]))) }
        return CodeScan.luhn(digits)
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, marks: CodeMarks(text.scalars))
    }

    /// Every match starts a run of digits: only those starts are tried (a match skips the starts inside it).
    func detect(in text: AnalyzedText, marks: CodeMarks) -> [Detection] {
        let sc = text.scalars
        var out: [Detection] = []
        var next = 0
        for i in marks.digitStarts where i >= next {
            guard let found = match(sc, at: i) else { continue }
            out.append(found)
            next = found.end
        }
        return out
    }

    /// The number starting at `i`, the first digit of a run, if there is one.
    func match(_ sc: [Unicode.Scalar], at i: Int) -> Detection? {
        let n = sc.count
        let runEnd = CodeScan.digitRunEnd(sc, i)
        let length = runEnd - i
        // (the length first: most runs of digits in prose are shorter than six)
        guard length == 6 || length == 8 || length == 10 || length == 12, CodeScan.boundaryBefore(sc, i),
            !CodeScan.continuedNumber(sc, i), i == 0 || sc[i - 1] != "+"
        else { return nil }
        var dateStart = i
        var serialStart = 0
        var end = 0
        var century: Int?
        var confidence = 0.97
        switch length {
        case 6, 8:
            guard runEnd + 5 <= n, CodeScan.isDash(sc[runEnd]) || sc[runEnd] == "+",
                CodeScan.digitRunEnd(sc, runEnd + 1) == runEnd + 5
            else { return nil }
            serialStart = runEnd + 1
            end = runEnd + 5
        case 10, 12:
            serialStart = runEnd - 4
            end = runEnd
            confidence = length == 12 ? 0.9 : 0.75
        default:
            return nil
        }
        if length == 8 || length == 12 {
            let c = CodeScan.value(sc, i, i + 2)
            guard c >= 18, c <= 20 else { return nil }
            century = c * 100
            dateStart = i + 2
        }
        guard CodeScan.boundaryAfter(sc, end), !CodeScan.continuesNumber(sc, end),
            Self.isValid(sc, dateStart: dateStart, serialStart: serialStart, century: century)
        else { return nil }
        var entity = CodeScan.digits(sc, dateStart, dateStart + 6)
        entity += CodeScan.digits(sc, serialStart, serialStart + 4)
        return Detection(start: i, end: end, type: .nationalID, detector: name, confidence: confidence, entity: entity)
    }
}
