import TestimonyModel

/// Parses an `excerpts.jsonl` line of exactly the shape the release writer writes (keys in sorted
/// order, no whitespace, integers without sign or fraction quirks, valid UTF-8). Anything else,
/// valid or not, gives nil, and the caller decodes the line with JSONDecoder instead: the fast
/// path never decides that a line is malformed, so errors and odd-but-valid JSON behave exactly
/// as with JSONDecoder alone.
enum ExcerptLineParser {
    static func parse(_ bytes: [UInt8]) -> ReleasedExcerpt? {
        var s = StrictJSONScanner(bytes)
        guard s.literal(#"{"excerpt_id":"#), let id = s.string(),
              s.literal(#","language":"#), let language = s.string(),
              s.literal(#","metadata":{"#), let metadata = s.objectBody({ $0.string() }),
              s.literal(#","provenance":{"policy_version":"#), let policyVersion = s.integer(),
              s.literal(#","release":"#), let release = s.string(),
              s.literal(#","statement":"#), let statement = s.string(),
              s.literal(#"},"question":"#), let question = s.string(),
              s.literal(#","quotable":"#), let quotable = s.boolean(),
              s.literal(#","template":"#), let template = s.string(),
              s.literal(#","template_version":"#), let templateVersion = s.integer(),
              s.literal(#","text":"#), let text = s.string(),
              s.literal(#","themes":["#), let themes = s.stringArrayBody(),
              s.literal("}"), s.atEnd
        else { return nil }
        return ReleasedExcerpt(
            excerptID: id, template: template, templateVersion: templateVersion, question: question, language: language,
            themes: themes, quotable: quotable, metadata: metadata, text: text,
            provenance: .init(statement: statement, policyVersion: policyVersion, release: release))
    }
}
