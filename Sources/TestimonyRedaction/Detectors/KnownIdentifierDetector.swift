/// Finds the testimony's known identifiers in any inflected form: Finnish through Voikko base forms
/// (and a stem fallback for names Voikko does not know), Swedish genitive, English possessive; first
/// name or surname alone, initials ("J. M."), case-insensitive, across line breaks.
public struct KnownIdentifierDetector: Detector {
    public let name = "known"

    struct Entry: Sendable {
        var tokens: [String]
        /// A first name or surname alone, out of a longer known name.
        var partial = false
        var type: SpanType
        var entity: String
        var role: String?
        var subtype: String?
        var initials: Bool
    }

    let entries: [Entry]
    let literals: [(value: String, type: SpanType, entity: String)]
    let byFirstCharacter: [Character: [Int]]
    let language: RedactionLanguage?
    let morphology: FinnishMorphology?
    let regions: [String: String]
    let gazetteer = Gazetteer.shared

    public init(
        known: [KnownIdentifier], language: RedactionLanguage?, morphology: FinnishMorphology?,
        regions: [String: String] = Gazetteer.shared.regions
    ) {
        var entries: [Entry] = []
        var literals: [(String, SpanType, String)] = []
        for (index, identifier) in known.enumerated() {
            let entity = "known:\(index)"
            let analyzed = AnalyzedText(identifier.value)
            let words = analyzed.tokens.map(\.lower)
            guard !words.isEmpty else { continue }
            switch identifier.kind {
            case "person":
                entries.append(Entry(tokens: words, type: .person, entity: entity, role: identifier.role, subtype: nil, initials: false))
                if words.count > 1 {
                    for word in words where word.count >= 2 {
                        entries.append(Entry(tokens: [word], partial: true, type: .person, entity: entity, role: identifier.role, subtype: nil, initials: false))
                    }
                    let initials = words.compactMap { $0.first.map(String.init) }
                    entries.append(Entry(tokens: initials, type: .person, entity: entity, role: identifier.role, subtype: nil, initials: true))
                }
            case "place", "org":
                let subtype = identifier.kind == "org"
                    ? InstitutionKind.kind(ofName: identifier.value, morphology: morphology) : regions[identifier.value.lowercased()]
                entries.append(Entry(
                    tokens: words, type: identifier.kind == "org" ? .org : .place, entity: entity, role: nil, subtype: subtype, initials: false))
            default:
                literals.append((identifier.value.lowercased(), .other, entity))
            }
        }
        var index: [Character: [Int]] = [:]
        for (i, entry) in entries.enumerated() {
            if let first = entry.tokens[0].first { index[first, default: []].append(i) }
        }
        self.entries = entries
        self.literals = literals
        self.byFirstCharacter = index
        self.language = language
        self.morphology = morphology
        self.regions = regions
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        guard !entries.isEmpty || !literals.isEmpty else { return [] }
        let keyer = InflectionKeys(morphology: morphology)
        var keyCache: [Int: [String]] = [:]
        func keys(_ i: Int) -> [String] {
            if let cached = keyCache[i] { return cached }
            let k = keyer.keys(for: text.tokens[i], language: language)
            keyCache[i] = k
            return k
        }
        func matches(_ i: Int, _ word: String, initials: Bool) -> Bool {
            let token = text.tokens[i]
            if initials {
                return token.lower == word && token.end < text.scalars.count && text.scalars[token.end] == "."
            }
            if keys(i).contains(word) { return true }
            return (language == nil || language == .fi) && InflectionKeys.finnishStemMatch(token.lower, name: word, capitalized: token.isCapitalized)
        }
        var found: [Detection] = []
        for i in 0..<text.tokens.count where text.tokens[i].kind == .word {
            guard let first = text.tokens[i].lower.first, let candidates = byFirstCharacter[first] else { continue }
            for e in candidates {
                let entry = entries[e]
                guard i + entry.tokens.count <= text.tokens.count else { continue }
                var ok = true
                for (offset, word) in entry.tokens.enumerated() where !matches(i + offset, word, initials: entry.initials) {
                    ok = false
                    break
                }
                guard ok else { continue }
                // Single-letter words only as initials; a lone first name must not be a one-letter word.
                if !entry.initials && entry.tokens.count == 1 && entry.tokens[0].count < 2 { continue }
                // "Virtanen" out of "Mikko Virtanen" next to another capitalised name ("Matti Virtanen") is
                // someone else: leave it to the name detectors, which take the whole name.
                if entry.partial && (neighbourIsName(text, i - 1, of: i) || neighbourIsName(text, i + 1, of: i)) { continue }
                // A lone name word that is also an ordinary word ("björn", "berg", "bo", "tuuli") counts
                // only when capitalised.
                if entry.tokens.count == 1, !text.tokens[i].isCapitalized, entry.type == .person,
                    isOrdinaryWord(text.tokens[i])
                {
                    continue
                }
                let last = text.tokens[i + entry.tokens.count - 1]
                var end = last.end
                if entry.initials { end += 1 }
                found.append(Detection(
                    start: text.tokens[i].start, end: end, type: entry.type, detector: name,
                    confidence: entry.initials ? 0.8 : (entry.partial ? 0.95 : 1.0), entity: entry.entity, role: entry.role, subtype: entry.subtype,
                    caseEnding: entry.initials ? nil : CaseEnding.of(last, base: entry.tokens.last ?? "", language: language, morphology: morphology)))
            }
        }
        found.append(contentsOf: literalMatches(in: text))
        return found
    }

    /// Whether a lowercase token is an ordinary word in the text's language.
    func isOrdinaryWord(_ token: Token) -> Bool {
        if gazetteer.isCommonWord(token.lower, language: language) { return true }
        if language == .fi || language == nil, let readings = morphology?.analyze(token.lower), readings.contains(where: { !$0.isProperNoun }) {
            return true
        }
        return false
    }

    /// Whether token `j` is a capitalised name-like word right next to token `i` (only a space between)
    /// that is not part of any known name.
    func neighbourIsName(_ text: AnalyzedText, _ j: Int, of i: Int) -> Bool {
        guard j >= 0, j < text.tokens.count else { return false }
        let t = text.tokens[j]
        guard t.kind == .word, t.isCapitalized, !t.isAllCaps, t.lower.count >= 2 else { return false }
        let (from, to) = j < i ? (t.end, text.tokens[i].start) : (text.tokens[i].end, t.start)
        guard to - from == 1, text.scalars[from] == " " else { return false }
        let neighbourKeys = InflectionKeys(morphology: morphology).keys(for: t, language: language)
        if entries.contains(where: { entry in entry.tokens.contains(where: neighbourKeys.contains) }) { return false }
        if let readings = morphology?.analyze(t.text), !readings.isEmpty, !readings.contains(where: \.isProperNoun) { return false }
        return !gazetteer.isTrap(t.lower)
    }

    /// Contacts and other literal values, matched case-insensitively as written.
    func literalMatches(in text: AnalyzedText) -> [Detection] {
        guard !literals.isEmpty else { return [] }
        let lowered = text.scalars.map { Character($0).lowercased().unicodeScalars.first ?? $0 }
        var result: [Detection] = []
        for literal in literals {
            let needle = Array(literal.value.unicodeScalars)
            guard !needle.isEmpty, needle.count <= lowered.count else { continue }
            var i = 0
            while i + needle.count <= lowered.count {
                if lowered[i] == needle[0] && Array(lowered[i..<(i + needle.count)]) == needle {
                    result.append(Detection(start: i, end: i + needle.count, type: literal.type, detector: name, entity: literal.entity))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return result
    }
}
