import Foundation

/// How search terms and excerpt text are compared: case-insensitive, independent of Unicode
/// normalisation (NFC and NFD spell the same text), whitespace runs count as one space, and by
/// default diacritic-insensitive (`ä` matches `a`, `å` matches `a`, `é` matches `e`). Only the
/// matching is folded; output is the text as released.
enum SearchFolding {
    static func fold(_ text: String, diacritics foldDiacritics: Bool) -> String {
        var folded: String
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            folded = text.lowercased()
        } else if foldDiacritics {
            folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        } else {
            folded = text.precomposedStringWithCanonicalMapping.lowercased()
        }
        if folded.unicodeScalars.contains(where: { $0.properties.isWhitespace && $0 != " " })
            || folded.contains("  ")
        {
            folded = folded.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        }
        return folded
    }

    /// `fold(text)` contains every needle, decided on bytes when the text and the needles are all
    /// ASCII (the same answer as folding the String: ASCII lowercasing, and whitespace runs
    /// collapsed and trimmed when the text holds a non-space whitespace or two spaces in a row);
    /// nil when something is not ASCII, for the caller to fold the String.
    static func asciiContainsAll(_ text: String, needles: [String]) -> Bool? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var collapse = false
        var previousSpace = false
        for byte in text.utf8 {
            if byte >= 0x80 { return nil }
            if byte >= 0x09 && byte <= 0x0D { collapse = true }
            if byte == 0x20 {
                if previousSpace { collapse = true }
                previousSpace = true
            } else {
                previousSpace = false
            }
            bytes.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
        }
        if collapse {
            var collapsed: [UInt8] = []
            collapsed.reserveCapacity(bytes.count)
            var pendingSpace = false
            for byte in bytes {
                if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                    pendingSpace = !collapsed.isEmpty
                    continue
                }
                if pendingSpace { collapsed.append(0x20) }
                pendingSpace = false
                collapsed.append(byte)
            }
            bytes = collapsed
        }
        for needle in needles {
            guard needle.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            if !contains(bytes, Array(needle.utf8)) { return false }
        }
        return true
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        outer: while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < needle.count {
                    if haystack[i + k] != needle[k] { i += 1; continue outer }
                    k += 1
                }
                return true
            }
            i += 1
        }
        return false
    }
}
