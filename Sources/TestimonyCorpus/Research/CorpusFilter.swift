/// Which excerpts a query keeps. Every non-empty criterion must hold (AND). Within one criterion
/// the values are alternatives (OR): `questions: ["a", "b"]` keeps excerpts of either question;
/// `metadata: ["ay_age_band": ["18-24", "25-44"]]` keeps either band, and two different keys must
/// both match. `terms` are searched in the redacted text only, and all of them must occur.
public struct CorpusFilter: Sendable, Equatable {
    public var questions: Set<String>
    public var languages: Set<String>
    public var templates: Set<String>
    /// Kept when the excerpt has at least one of these themes.
    public var themes: Set<String>
    /// Generalised quasi-identifier → acceptable codes (exact match on the released code).
    public var metadata: [String: Set<String>]
    /// Words or phrases, matched as substrings: case-insensitive, NFC/NFD-insensitive, whitespace
    /// runs equal, and diacritic-insensitive unless `foldsDiacritics` is false.
    public var terms: [String]
    /// When false, `ä`, `ö`, `å` and other marked letters only match themselves (case and
    /// normalisation are still ignored): for Finnish and Swedish word pairs like `sää`/`saa`.
    public var foldsDiacritics: Bool

    public init(
        questions: Set<String> = [], languages: Set<String> = [], templates: Set<String> = [], themes: Set<String> = [],
        metadata: [String: Set<String>] = [:], terms: [String] = [], foldsDiacritics: Bool = true
    ) {
        self.questions = questions
        self.languages = languages
        self.templates = templates
        self.themes = themes
        self.metadata = metadata
        self.terms = terms
        self.foldsDiacritics = foldsDiacritics
    }

    /// Whether the excerpt passes every criterion.
    public func matches(_ excerpt: ReleasedExcerpt) -> Bool {
        matchesFields(excerpt) && matchesText(excerpt.text, folded: foldedTerms)
    }

    /// The criteria other than the full-text search.
    func matchesFields(_ excerpt: ReleasedExcerpt) -> Bool {
        if !questions.isEmpty && !questions.contains(excerpt.question) { return false }
        if !languages.isEmpty && !languages.contains(excerpt.language) { return false }
        if !templates.isEmpty && !templates.contains(excerpt.template) { return false }
        if !themes.isEmpty && !excerpt.themes.contains(where: themes.contains) { return false }
        for (key, codes) in metadata where !codes.isEmpty {
            guard let code = excerpt.metadata[key], codes.contains(code) else { return false }
        }
        return true
    }

    /// Whether every folded term occurs in the folded text (`folded` from `foldedTerms`, computed
    /// once per query rather than once per line).
    func matchesText(_ text: String, folded needles: [String]) -> Bool {
        guard !needles.isEmpty else { return true }
        if let result = SearchFolding.asciiContainsAll(text, needles: needles) { return result }
        let haystack = SearchFolding.fold(text, diacritics: foldsDiacritics)
        return needles.allSatisfy { haystack.contains($0) }
    }

    var foldedTerms: [String] {
        terms.map { SearchFolding.fold($0, diacritics: foldsDiacritics) }.filter { !$0.isEmpty }
    }
}
