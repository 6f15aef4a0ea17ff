/// What one pass over a text's scalars found for the code detectors: the prefilter features
/// (`CodePrefilter`) and where the few trigger characters are. A detector whose every match starts at or
/// next to one of them (a digit run, a ":", an "@") visits those positions instead of every scalar.
struct CodeMarks: Sendable {
    /// Which of digit, "@", ".", "_", ":", "[" the text holds.
    var features: CodePrefilter = .always
    /// Ascending offsets of every digit with no digit right before it (where each run of digits begins).
    var digitStarts: [Int] = []
    /// Ascending offsets of every ":".
    var colons: [Int] = []
    /// Ascending offsets of every "@".
    var ats: [Int] = []
    /// Ascending offsets of every "_".
    var underscores: [Int] = []

    /// One pass: only "!"…"_" can be a mark, so letters, spaces and everything above "_" are skipped with one
    /// range check; the marks are rare enough that appending them costs little.
    init(_ scalars: [Unicode.Scalar]) {
        var found = CodePrefilter.always
        for i in scalars.indices {
            let v = scalars[i].value
            guard v &- 0x21 < 0x3F else { continue }
            switch v {
            case 0x30...0x39:
                found.insert(.digit)
                if i == 0 || scalars[i - 1].value &- 0x30 >= 10 {
                    if digitStarts.isEmpty { digitStarts.reserveCapacity(16) }  // one allocation for most texts
                    digitStarts.append(i)
                }
            case 0x40:
                found.insert(.at)
                ats.append(i)
            case 0x2E:
                found.insert(.dot)
            case 0x5F:
                found.insert(.underscore)
                underscores.append(i)
            case 0x3A:
                found.insert(.colon)
                colons.append(i)
            case 0x5B:
                found.insert(.bracket)
            default:
                break
            }
        }
        features = found
    }

    /// Calls `body` with every offset of `a` and `b` (each ascending) in ascending order, once each.
    static func forEachOfBoth(_ a: [Int], _ b: [Int], _ body: (Int) -> Void) {
        var j = 0
        for x in a {
            while j < b.count, b[j] < x {
                body(b[j])
                j += 1
            }
            if j < b.count, b[j] == x { j += 1 }
            body(x)
        }
        while j < b.count {
            body(b[j])
            j += 1
        }
    }
}
