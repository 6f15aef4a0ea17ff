import Foundation

/// Splits normalised scalars into word and number tokens in one pass, keeping offsets.
enum Tokenizer {
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
        return s.properties.isAlphabetic
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value >= 0x41 && s.value <= 0x5A }
        return s.properties.isUppercase
    }

    static func isInnerJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "'" || s == "\u{2019}" || s == "\u{2010}" || s == "\u{2011}"
    }

    /// What one walk over a token's scalars tells: whether it is ASCII or Latin-1, whether it has a capital
    /// (A–Z, À–Þ) or a line break, and, for an ASCII token, the prefilter keys of its lowercase form.
    struct Shape {
        var ascii = true
        var latin1 = true
        var hasUpper = false
        var head: UInt32 = 0
        var last3: UInt32 = 0
        var count = 0
        var apostrophe = false
    }

    @inline(__always) static func shape(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Shape {
        var shape = Shape()
        var bits: UInt32 = 0
        for k in start..<end {
            let v = scalars[k].value
            bits |= v
            if v &- 0x41 < 26 || (v &- 0xC0 <= 0x1E && v != 0xD7) || v == 0x0A { shape.hasUpper = true }
            // The bytes of `lower` straight from the scalars (as `strings` writes them for ASCII): A–Z
            // lowered, line breaks left out. Meaningless for other tokens, whose keys come from `lower`.
            if v == 0x0A { continue }
            let byte = v &- 0x41 < 26 ? v | 0x20 : v
            if shape.count < 4 { shape.head |= byte &<< UInt32(truncatingIfNeeded: 8 &* shape.count) }
            shape.last3 = (shape.last3 &<< 8 | byte) & 0xFF_FFFF
            if byte == 0x27 { shape.apostrophe = true }
            shape.count &+= 1
        }
        shape.ascii = bits < 0x80
        shape.latin1 = bits < 0x100
        return shape
    }

    /// The token's text and its lowercase form; ASCII tokens (most of them) skip Unicode case mapping.
    static func strings(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, brokenLine: Bool, shape: Shape) -> (String, String) {
        let ascii = shape.ascii
        let latin1 = shape.latin1
        // No capital and no line break: the lowercase form is the text itself (most words; one String).
        let hasUpper = shape.hasUpper
        if !ascii && latin1 && !brokenLine {
            // ä, ö, å, é…: Latin-1 lowercases by +0x20 (U+00C0–U+00DE without ×), two UTF-8 bytes each.
            func encode(lowering: Bool) -> String {
                String(unsafeUninitializedCapacity: 2 * (end - start)) { buffer in
                    var n = 0
                    for k in start..<end {
                        var v = scalars[k].value
                        if lowering, (v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7) { v += 0x20 }
                        if v < 0x80 {
                            buffer[n] = UInt8(v)
                            n += 1
                        } else {
                            buffer[n] = UInt8(0xC0 | (v >> 6))
                            buffer[n + 1] = UInt8(0x80 | (v & 0x3F))
                            n += 2
                        }
                    }
                    return n
                }
            }
            let text = encode(lowering: false)
            return (text, hasUpper ? encode(lowering: true) : text)
        }
        if ascii {
            // Written straight into the strings' storage: no intermediate arrays.
            let count = end - start
            let text = String(unsafeUninitializedCapacity: count) { buffer in
                for k in 0..<count { buffer[k] = UInt8(truncatingIfNeeded: scalars[start + k].value) }
                return count
            }
            guard hasUpper else { return (text, text) }
            let lower = String(unsafeUninitializedCapacity: count) { buffer in
                var n = 0
                for k in 0..<count {
                    let v = UInt8(truncatingIfNeeded: scalars[start + k].value)
                    if v == 0x0A { continue }
                    buffer[n] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                    n += 1
                }
                return n
            }
            return (text, lower)
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        let text = String(view)
        if brokenLine {
            var joined = String.UnicodeScalarView()
            joined.append(contentsOf: scalars[start..<end].filter { $0 != "\n" })
            return (text, String(joined).lowercased())
        }
        return (text, text.lowercased())
    }

    /// The prefilter keys (`Token.head`, `tail`, `filterKey`, `hasApostrophe`) of the token `start..<end`
    /// with lowercase form `lower`, from one walk over its bytes.
    /// (An ASCII token's keys come from `shape`, worked out in the same walk as its other facts.)
    static func keys(_ shape: Shape, lower: String) -> (head: UInt32, tail: UInt32, filterKey: Int, hasApostrophe: Bool) {
        var head: UInt32 = 0
        var last3: UInt32 = 0
        var n = 0
        var apostrophe = false
        if shape.ascii {
            head = shape.head
            last3 = shape.last3
            n = shape.count
            apostrophe = shape.apostrophe
        } else {
            for b in lower.utf8 {
                let byte = UInt32(b)
                if n < 4 { head |= byte << UInt32(8 * n) }
                last3 = (last3 << 8 | byte) & 0xFF_FFFF
                if byte == 0x27 || byte == 0x99 { apostrophe = true }
                n += 1
            }
        }
        let filterKey = WordFilter.key(first: UInt8(truncatingIfNeeded: head), last: UInt8(truncatingIfNeeded: last3), length: n)
        return (head, last3 | UInt32(min(n, 3)) << 24, filterKey, apostrophe)
    }

    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        tokens(of: scalars, asciiWalk: true)
    }

    /// What one walk over an ASCII token tells (`asciiWalk`).
    struct ASCIIWalk {
        var end: Int
        var shape = Shape()
        var hasLetter = false
        var hasLowercase = false
    }

    /// The token starting at ASCII scalar `start`, its extent and shape found in one walk, as the general path
    /// would find them; nil (take the general path) at the first scalar outside ASCII inside or right after
    /// the token, or at a hyphen before a line break (a name broken across lines).
    @inline(__always) static func asciiWalk(_ scalars: [Unicode.Scalar], _ start: Int) -> ASCIIWalk? {
        let n = scalars.count
        var walk = ASCIIWalk(end: start)
        var i = start
        while i < n {
            let v = scalars[i].value
            guard v < 0x80 else { return nil }
            if (v | 0x20) &- 0x61 < 26 {
                walk.hasLetter = true
                if v &- 0x61 < 26 { walk.hasLowercase = true } else { walk.shape.hasUpper = true }
            } else if v &- 0x30 < 10 {
                // digits belong to the token
            } else if v == 0x2D || v == 0x27 {
                // An inner hyphen or apostrophe (Anna-Liisa, John's) when a letter or digit follows.
                guard i + 1 < n else { break }
                let next = scalars[i + 1].value
                guard next < 0x80 else { return nil }
                if (next | 0x20) &- 0x61 < 26 || next &- 0x30 < 10 {
                    // keep it (i > start: the token started with a letter or digit)
                } else if v == 0x2D && next == 0x0A {
                    return nil
                } else {
                    break
                }
            } else {
                break
            }
            // The prefilter keys of `lower`, as `shape` works them out.
            let byte = v &- 0x41 < 26 ? v | 0x20 : v
            if walk.shape.count < 4 { walk.shape.head |= byte &<< UInt32(truncatingIfNeeded: 8 &* walk.shape.count) }
            walk.shape.last3 = (walk.shape.last3 &<< 8 | byte) & 0xFF_FFFF
            if byte == 0x27 { walk.shape.apostrophe = true }
            walk.shape.count &+= 1
            i += 1
        }
        walk.end = i
        return walk
    }

    /// `asciiWalk: false` takes the general path for every token (tests compare the two).
    static func tokens(of scalars: [Unicode.Scalar], asciiWalk useASCIIWalk: Bool) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        let n = scalars.count
        var sentenceStart = true
        while i < n {
            let s = scalars[i]
            if isLetter(s) || isDigit(s) {
                let start = i
                // Most tokens are ASCII: their extent, shape and capitals come from one walk.
                if useASCIIWalk, s.value < 0x80, let walk = asciiWalk(scalars, start) {
                    i = walk.end
                    let (text, lower) = strings(scalars, start, i, brokenLine: false, shape: walk.shape)
                    let capitalized = walk.hasLetter && s.value &- 0x41 < 26
                    let keys = keys(walk.shape, lower: lower)
                    tokens.append(Token(
                        start: start, end: i, kind: walk.hasLetter ? .word : .number, text: text, lower: lower,
                        isCapitalized: capitalized, isAllCaps: capitalized && !walk.hasLowercase, isSentenceInitial: sentenceStart,
                        head: keys.head, tail: keys.tail, filterKey: keys.filterKey, hasApostrophe: keys.hasApostrophe, isASCII: true))
                    sentenceStart = false
                    continue
                }
                var hasLetter = false
                var brokenLine = false
                while i < n {
                    let c = scalars[i]
                    if isLetter(c) { hasLetter = true } else if isDigit(c) {
                        // digits belong to the token
                    } else if isInnerJoiner(c), i + 1 < n,
                        isLetter(scalars[i + 1]) || isDigit(scalars[i + 1]), i > start
                    {
                        // keep inner hyphens and apostrophes: Anna-Liisa, John's
                    } else if c == "-", i + 2 < n, scalars[i + 1] == "\n", isUpper(scalars[i + 2]), isUpper(scalars[start]) {
                        // a hyphenated name broken across lines: "Anna-\nLiisa"
                        i += 1
                        brokenLine = true
                    } else {
                        break
                    }
                    i += 1
                }
                let shape = shape(scalars, start, i)
                let (text, lower) = strings(scalars, start, i, brokenLine: brokenLine, shape: shape)
                let first = scalars[start]
                let capitalized = hasLetter && isUpper(first)
                var allCaps = capitalized
                if allCaps {
                    for k in start..<i where isLetter(scalars[k]) && !isUpper(scalars[k]) {
                        allCaps = false
                        break
                    }
                }
                // Built in place in the array (a local Token appended would be copied: two retains and releases).
                let keys = keys(shape, lower: lower)
                tokens.append(Token(
                    start: start, end: i, kind: hasLetter ? .word : .number, text: text, lower: lower,
                    isCapitalized: capitalized, isAllCaps: allCaps, isSentenceInitial: sentenceStart,
                    head: keys.head, tail: keys.tail, filterKey: keys.filterKey, hasApostrophe: keys.hasApostrophe, isASCII: shape.ascii))
                sentenceStart = false
                continue
            }
            // A space (most scalars between tokens) starts nothing: passed over before the ten comparisons below.
            if s == " " {
                i += 1
                continue
            }
            if s == "." || s == "!" || s == "?" || s == "\n" || s == "\u{2029}" || s == ":" || s == ";" || s == "•" || s == "-" && (i == 0 || scalars[i - 1] == "\n") {
                sentenceStart = true
            }
            i += 1
        }
        return tokens
    }
}
