import Foundation
public import TestimonyRedaction

/// What a reviewer should look at twice in a redacted excerpt: capitalised words that are not
/// placeholders, numbers, and (Finnish) words no dictionary knows.
public struct ResidualRisk: Sendable, Equatable {
    public var text: String
    public var reason: String

    /// Risks in a redacted text.
    public static func find(in redacted: String, language: RedactionLanguage) -> [ResidualRisk] {
        let analyzed = AnalyzedText(redacted)
        let placeholders = Redactor.placeholderRanges(in: analyzed.scalars)
        var risks: [ResidualRisk] = []
        var seen: Set<String> = []
        for token in analyzed.tokens where !placeholders.contains(where: { $0.0 <= token.start && token.end <= $0.1 }) {
            var reason: String?
            if token.kind == .number && token.lower.count >= 2 {
                reason = "number"
            } else if token.kind == .word, token.isCapitalized, !token.isSentenceInitial, !Gazetteer.shared.isTrap(token.lower) {
                reason = "capitalised word"
            } else if token.kind == .word, language == .fi, token.lower.count >= 4, let morphology = FinnishMorphology.shared,
                !morphology.isKnown(token.text), !morphology.isKnown(token.lower)
            {
                reason = "rare or unknown word"
            }
            if let reason, seen.insert(token.text).inserted { risks.append(ResidualRisk(text: token.text, reason: reason)) }
        }
        return risks
    }
}
