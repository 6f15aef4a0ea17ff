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

    static func tokens(of scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        let n = scalars.count
        var sentenceStart = true
        while i < n {
            let s = scalars[i]
            if isLetter(s) || isDigit(s) {
                let start = i
                var hasLetter = false
                var hasDigit = false
                while i < n {
                    let c = scalars[i]
                    if isLetter(c) { hasLetter = true } else if isDigit(c) { hasDigit = true } else if isInnerJoiner(c), i + 1 < n,
                        isLetter(scalars[i + 1]) || isDigit(scalars[i + 1]), i > start
                    {
                        // keep inner hyphens and apostrophes: Anna-Liisa, John's
                    } else if c == "-", i + 2 < n, scalars[i + 1] == "\n", isUpper(scalars[i + 2]), isUpper(scalars[start]) {
                        // a hyphenated name broken across lines: "Anna-\nLiisa"
                        i += 1
                    } else {
                        break
                    }
                    i += 1
                }
                var view = String.UnicodeScalarView()
                view.append(contentsOf: scalars[start..<i])
                let text = String(view)
                let lower = text.contains("\n") ? text.replacingOccurrences(of: "\n", with: "").lowercased() : text.lowercased()
                let first = scalars[start]
                let capitalized = hasLetter && isUpper(first)
                var allCaps = capitalized
                if allCaps {
                    for k in start..<i where isLetter(scalars[k]) && !isUpper(scalars[k]) {
                        allCaps = false
                        break
                    }
                }
                tokens.append(Token(
                    start: start, end: i, kind: hasLetter ? .word : .number, text: text, lower: lower,
                    isCapitalized: capitalized, isAllCaps: allCaps, isSentenceInitial: sentenceStart))
                _ = hasDigit
                sentenceStart = false
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
