/// The word starts of one text (every position `CodeScan.forEachWordStart` visits), found in one walk for
/// the word-start code detectors, with the first facts they test: which starts have a digit or a capital
/// first, and what follows each start's run of letters and digits. A detector then visits only the starts
/// it can match (`CodeScan.forEachWordStart(_:starts:where:_:)`), instead of being called at every start
/// and walking the word again to turn it down.
struct WordStarts: Sendable {
    /// Every position where a letter-or-digit run begins, ascending.
    private(set) var all: [Int] = []
    /// `Fact` bits of each start in `all` (same order).
    private(set) var facts: [UInt8] = []
    /// The starts whose first scalar is a digit, ascending.
    private(set) var digits: [Int] = []
    /// The starts whose first scalar is uppercase (`CodeScan.isUpper`), ascending.
    private(set) var capitals: [Int] = []
    /// The starts whose first scalar is a digit or uppercase, ascending.
    private(set) var digitsOrCapitals: [Int] = []

    /// Facts about one start and its run (`CodeScan.alnumRunEnd`).
    enum Fact {
        /// The run holds a digit.
        static let hasDigit: UInt8 = 1
        /// The run is followed by "." or "-" (hyphen-minus).
        static let dotOrHyphenAfter: UInt8 = 2
        /// The run is followed by a dash (`CodeScan.isDash`) and a letter: a hyphenated word goes on.
        static let dashLetterAfter: UInt8 = 4
        /// The first scalar is a digit or uppercase (the start is on `digitsOrCapitals`).
        static let digitOrCapital: UInt8 = 8
    }

    init(_ sc: [Unicode.Scalar]) {
        let n = sc.count
        all.reserveCapacity(n / 5)
        facts.reserveCapacity(n / 5)
        var i = 0
        while i < n {
            let s = sc[i]
            let digit = CodeScan.isDigit(s)
            guard digit || CodeScan.isLetter(s) else {
                i += 1
                continue
            }
            let start = i
            var fact: UInt8 = digit ? Fact.hasDigit : 0
            i += 1
            while i < n {
                let c = sc[i]
                if CodeScan.isDigit(c) {
                    fact |= Fact.hasDigit
                } else if !CodeScan.isLetter(c) {
                    break
                }
                i += 1
            }
            if i < n {
                let after = sc[i]
                if after == "." || after == "-" { fact |= Fact.dotOrHyphenAfter }
                if CodeScan.isDash(after), i + 1 < n, CodeScan.isLetter(sc[i + 1]) { fact |= Fact.dashLetterAfter }
                // (`i` is not alphanumeric: the loop goes on at `i + 1`.)
                i += 1
            }
            if digit {
                digits.append(start)
                digitsOrCapitals.append(start)
                fact |= Fact.digitOrCapital
            } else if CodeScan.isUpper(s) {
                capitals.append(start)
                digitsOrCapitals.append(start)
                fact |= Fact.digitOrCapital
            }
            all.append(start)
            facts.append(fact)
        }
    }
}
