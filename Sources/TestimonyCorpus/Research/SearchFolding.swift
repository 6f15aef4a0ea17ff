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
}
