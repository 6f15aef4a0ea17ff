/// A quick fi/sv/en guess from frequent function words and letters.
enum LanguageGuess {
    static let words: [RedactionLanguage: Set<String>] = [
        .fi: ["ja", "on", "oli", "että", "se", "ei", "en", "mä", "minä", "olin", "kun", "mutta", "niin", "hän", "joka", "myös", "kanssa", "sitten", "vaan", "jo"],
        .sv: ["och", "att", "det", "jag", "är", "var", "som", "en", "inte", "på", "med", "för", "han", "hon", "till", "av", "men", "om", "när", "mig"],
        .en: ["the", "and", "i", "was", "to", "of", "it", "that", "in", "my", "he", "she", "me", "with", "but", "when", "not", "for", "had", "what"],
    ]

    static func guess(_ text: AnalyzedText) -> RedactionLanguage {
        var scores: [RedactionLanguage: Int] = [.fi: 0, .sv: 0, .en: 0]
        for token in text.tokens.prefix(2000) {
            for (language, set) in words where set.contains(token.lower) { scores[language, default: 0] += 2 }
            if token.lower.contains("å") { scores[.sv, default: 0] += 1 }
            if token.lower.hasSuffix("ssa") || token.lower.hasSuffix("ssä") || token.lower.hasSuffix("lla") { scores[.fi, default: 0] += 1 }
        }
        return scores.max { ($0.value, $0.key == .en ? 1 : 0) < ($1.value, $1.key == .en ? 1 : 0) }?.key ?? .en
    }
}
