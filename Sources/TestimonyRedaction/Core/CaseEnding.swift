/// The grammatical ending kept after a placeholder so it reads naturally:
/// Finnish "Mikolle" → "[PERSON 1]:lle", Swedish "Annas" → "[PERSON 1]:s", English "John's" → "[PERSON 1]'s".
enum CaseEnding {
    static func of(_ token: Token, base: String, language: RedactionLanguage?, morphology: FinnishMorphology?) -> String? {
        let lower = token.lower
        // (Both endings have an apostrophe, which the tokenizer noted.)
        if token.hasApostrophe {
            for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) { return "'s" }
        }
        if language == .sv || language == nil, lower == base + "s" { return ":s" }
        if language == .en { return nil }
        guard language == .fi || language == nil else { return nil }
        if lower == base { return nil }
        var bases = [base]
        for reading in morphology?.analyze(token.text) ?? [] where reading.isProperNoun || reading.wordClass == "nimisana" {
            bases.append(reading.baseForm.lowercased())
            guard let grammaticalCase = reading.grammaticalCase else { continue }
            if grammaticalCase == "nimento" { return nil }
            if let ending = caseEndings[grammaticalCase]?.first(where: { lower.hasSuffix($0) && lower.count > $0.count + 1 }) {
                return ":" + ending
            }
        }
        for b in bases {
            if let ending = InflectionKeys.finnishEnding(of: token.text, base: b) { return ":" + ending.lowercased() }
        }
        return nil
    }

    /// Voikko case (SIJAMUOTO) → its endings, longest first.
    static let caseEndings: [String: [String]] = [
        "omanto": ["n"], "osanto": ["tta", "ttä", "ta", "tä", "a", "ä"],
        "sisaolento": ["ssa", "ssä"], "sisaeronto": ["sta", "stä"],
        "sisatulento": ["seen", "hin", "han", "hen", "hon", "hun", "hyn", "hän", "hön", "iin", "an", "en", "in", "on", "un", "yn", "än", "ön"],
        "ulkoolento": ["lla", "llä"], "ulkoeronto": ["lta", "ltä"], "ulkotulento": ["lle"], "olento": ["na", "nä"],
        "tulento": ["ksi"], "vajanto": ["tta", "ttä"], "keinonto": ["in"], "seuranto": ["ineen", "ine"],
    ]
}
