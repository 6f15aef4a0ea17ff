/// Lowercase lookup keys for a word in any inflection: itself, Voikko base forms (Finnish),
/// genitive -s (Swedish), possessive 's (English), and a stem fallback for names Voikko does not know.
struct InflectionKeys {
    let morphology: FinnishMorphology?

    /// Finnish case endings, longest first, used to find the ending kept after a placeholder.
    static let finnishEndings: [String] = [
        "ineen", "iksi", "seen", "lla", "llä", "lta", "ltä", "lle", "ssa", "ssä", "sta", "stä", "ksi", "tta", "ttä",
        "han", "hen", "hin", "hon", "hun", "hyn", "hän", "hön", "na", "nä", "ta", "tä", "ni", "si", "en", "in", "an", "ön",
        "n", "a", "ä",
    ]

    func keys(for token: Token, language: RedactionLanguage?) -> [String] {
        var keys = [token.lower]
        let lower = token.lower
        if language == nil || language == .fi, let morphology {
            let forms = token.isCapitalized ? [token.text] : [token.text, token.text.prefix(1).uppercased() + token.text.dropFirst()]
            for reading in forms.flatMap(morphology.analyze) {
                let base = reading.baseForm.lowercased()
                if !keys.contains(base) { keys.append(base) }
            }
        }
        for suffix in ["'s", "\u{2019}s", "s'", "'", "\u{2019}"] where lower.hasSuffix(suffix) && lower.count > suffix.count + 1 {
            keys.append(String(lower.dropLast(suffix.count)))
        }
        if (language == nil || language == .sv), lower.hasSuffix("s"), lower.count > 3 {
            keys.append(String(lower.dropLast()))
        }
        return keys
    }

    /// Whether `token` is an inflected form of the name `name` (lowercase) by Finnish stem rules, for
    /// names Voikko does not know: "zyxwille" ← "zyxwi", "virtaselle" ← "virtanen".
    static func finnishStemMatch(_ token: String, name: String, capitalized: Bool = true) -> Bool {
        guard name.count >= 3, token.count > name.count - 2, token != name else { return false }
        // Lowercase words need a longer stem: "mikä" is not "Mikko".
        let minimumStem = capitalized ? 3 : 4
        var stems: [String] = []
        if name.hasSuffix("nen") { stems.append(String(name.dropLast(3)) + "se") }
        stems.append(name)
        if name.count >= 4 { stems.append(String(name.dropLast())) }
        if name.count >= 5 { stems.append(String(name.dropLast(2))) }
        for stem in stems where stem.count >= minimumStem && token.hasPrefix(stem) {
            let rest = token.dropFirst(stem.count)
            if rest.isEmpty { return stem == name }
            if rest.count <= 6, finnishEndings.contains(where: { rest.hasSuffix($0) }),
                rest.count - (finnishEndings.first(where: { rest.hasSuffix($0) })?.count ?? 0) <= 2
            {
                return true
            }
        }
        return false
    }

    /// The Finnish case ending of `token` relative to its base form, if any ("Mikolle" → "lle").
    static func finnishEnding(of token: String, base: String) -> String? {
        let t = token.lowercased()
        let b = base.lowercased()
        guard t != b else { return nil }
        // Prefer the ending that leaves exactly the base ("Liisan" = "Liisa" + "n").
        if t.hasPrefix(b), finnishEndings.contains(String(t.dropFirst(b.count))) {
            return String(token.suffix(t.count - b.count))
        }
        for ending in finnishEndings where t.hasSuffix(ending) && t.count - ending.count >= 2 {
            // Only a real ending: the base must not itself end the same way ("Anna" ends in "a").
            if b.hasSuffix(ending) && t.count == b.count { continue }
            return String(token.suffix(ending.count))
        }
        return nil
    }
}
