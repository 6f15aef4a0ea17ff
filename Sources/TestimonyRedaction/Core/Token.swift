/// A word or number in the normalised text, with scalar offsets (end exclusive).
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Letters (may contain digits, inner hyphens and apostrophes).
        case word
        /// Digits only.
        case number
    }

    public var start: Int
    public var end: Int
    public var kind: Kind
    /// The token as written.
    public var text: String
    /// Lowercased.
    public var lower: String
    /// First letter is uppercase.
    public var isCapitalized: Bool
    /// Every letter is uppercase (acronyms, shouting).
    public var isAllCaps: Bool
    /// First word of a sentence or line (capitals there say nothing about names).
    public var isSentenceInitial: Bool
    /// Keys of `lower`, worked out once by the tokenizer so the detectors' prefilters need no String work:
    /// `Gazetteer.head`, `WordKey.tail` and `WordFilter.key` of `lower`.
    var head: UInt32 = 0
    var tail: UInt32 = 0
    var filterKey: Int = 0
    /// `lower` contains an apostrophe (' or ’): only then can `ProperNounDetector.stripped` change it.
    var hasApostrophe = false
    /// The token's scalars are ASCII (so is `lower`): its Characters are its bytes (`WordKey.hasSuffix`).
    var isASCII = false
}
