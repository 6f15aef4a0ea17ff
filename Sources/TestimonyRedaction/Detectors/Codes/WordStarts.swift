/// The word starts of one text (every position `CodeScan.forEachWordStart` visits), found in one walk for
/// the word-start code detectors, with the first facts they test: which starts have a digit or a capital
/// first, where each start's run of letters and digits ends and what follows it, and its first three scalars
/// lowercased. A detector then visits only the starts it can match (`CodeScan.forEachWordStart(_:starts:among:where:_:)`),
/// instead of being called at every start and walking the word again to turn it down.
struct WordStarts: Sendable {
    /// One start.
    struct Entry: Sendable, Equatable {
        /// Where the run of letters and digits begins.
        var start: Int
        /// Where it ends (`CodeScan.alnumRunEnd`).
        var end: Int
        /// `WordStarts.head` of the first three scalars from `start`, lowercased (`CodeScan.lower`), or `noHead`
        /// when the text ends before the third or one of them lowercases to U+0400 or above.
        var head: UInt32
        /// `Fact` bits.
        var fact: UInt8
    }

    /// Every start, ascending.
    private(set) var entries: [Entry] = []
    /// The starts whose first scalar is a digit, as indices into `entries`, ascending.
    private(set) var digits: [Int] = []
    /// The starts whose first scalar is uppercase (`CodeScan.isUpper`), as indices into `entries`.
    private(set) var capitals: [Int] = []
    /// The starts whose first scalar is a digit or uppercase, as indices into `entries`.
    private(set) var digitsOrCapitals: [Int] = []

    /// Facts about one start and its run.
    enum Fact {
        /// The first scalar is a digit.
        static let digitFirst: UInt8 = 1
        /// The first scalar is uppercase (`CodeScan.isUpper`).
        static let capitalFirst: UInt8 = 2
        /// The run holds a digit.
        static let hasDigit: UInt8 = 4
        /// The run is followed by "." or "-" (hyphen-minus).
        static let dotOrHyphenAfter: UInt8 = 8
        /// The run is followed by a dash (`CodeScan.isDash`) and a letter: a hyphenated word goes on.
        static let dashLetterAfter: UInt8 = 16
        /// The run is followed by a space (`CodeScan.isSpace`) and a digit.
        static let spaceDigitAfter: UInt8 = 32
        /// The run is followed by ":".
        static let colonAfter: UInt8 = 64
    }

    /// The `head` of a start whose first three scalars are not known.
    static let noHead: UInt32 = .max

    /// Three lowercase scalar values, each below U+0400, as one key: the first in bits 20–29, the second in
    /// bits 10–19 (`head >> 10` is the first two), the third in bits 0–9.
    @inline(__always) static func head(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
        a << 20 | b << 10 | c
    }

    /// The first two of three values below U+0400, as `head(a, b, c) >> 10` gives them.
    @inline(__always) static func pair(_ a: UInt32, _ b: UInt32) -> UInt32 {
        a << 10 | b
    }

    init(_ sc: [Unicode.Scalar]) {
        let n = sc.count
        let capacity = n / 4 + 1
        var entries: [Entry] = []
        entries.reserveCapacity(capacity)
        var i = 0
        while i < n {
            let s = sc[i]
            let v = s.value
            let digit = v &- 0x30 < 10
            guard digit || CodeScan.isLetter(s) else {
                i += 1
                continue
            }
            let start = i
            var fact: UInt8 = digit ? Fact.digitFirst | Fact.hasDigit : 0
            i += 1
            // The run: ASCII letters and digits without the Latin-1 and property tests of `isLetter`.
            while i < n {
                let c = sc[i].value
                if c &- 0x30 < 10 {
                    fact |= Fact.hasDigit
                } else if c < 0x80 {
                    if (c | 0x20) &- 0x61 >= 26 { break }
                } else if !CodeScan.isLetter(sc[i]) {
                    break
                }
                i += 1
            }
            if i < n {
                let after = sc[i]
                if after == "." || after == "-" {
                    fact |= Fact.dotOrHyphenAfter
                } else if after == ":" {
                    fact |= Fact.colonAfter
                }
                if i + 1 < n {
                    let next = sc[i + 1]
                    if CodeScan.isDash(after), CodeScan.isLetter(next) { fact |= Fact.dashLetterAfter }
                    if CodeScan.isSpace(after), CodeScan.isDigit(next) { fact |= Fact.spaceDigitAfter }
                }
            }
            var head = Self.noHead
            if start + 2 < n {
                let a = CodeScan.lower(s)
                let b = CodeScan.lower(sc[start + 1])
                let c = CodeScan.lower(sc[start + 2])
                if a | b | c < 0x400 { head = Self.head(a, b, c) }
            }
            if digit {
                if digits.isEmpty { digits.reserveCapacity(capacity / 4) }
                digits.append(entries.count)
                appendDigitOrCapital(entries.count, capacity)
            } else if CodeScan.isUpper(s) {
                fact |= Fact.capitalFirst
                if capitals.isEmpty { capitals.reserveCapacity(capacity / 2) }
                capitals.append(entries.count)
                appendDigitOrCapital(entries.count, capacity)
            }
            entries.append(Entry(start: start, end: i, head: head, fact: fact))
            // (`sc[i]`, if any, is not a letter or digit: the walk goes on after it.)
            i += 1
        }
        self.entries = entries
    }

    private mutating func appendDigitOrCapital(_ k: Int, _ capacity: Int) {
        if digitsOrCapitals.isEmpty { digitsOrCapitals.reserveCapacity(capacity / 2) }
        digitsOrCapitals.append(k)
    }
}
