public import TestimonyModel
import TestimonyCrypto
public import TestimonyTemplates

/// Turns a reviewed testimony into the record the corpus may hold: quasi-identifiers as answered
/// (level 0; month/year answers as the year only), coded answers of publishable structured
/// questions, and the approved excerpts. Nothing else of the testimony goes in: no testimony id, no
/// identifiers, no redaction map, no original text.
public enum CorpusRecordBuilder {
    public static func record(document: TestimonyDocument, template: Template, redaction: RedactionState?) -> CorpusRecord {
        var quasi: [String: String] = [:]
        var levels: [String: Int] = [:]
        for ladder in template.corpus.quasiIdentifiers {
            quasi[ladder.question] = quasiCode(document.answers[ladder.question])
            levels[ladder.question] = 0
        }
        let quasiIDs = Set(quasi.keys)
        var answers: [CorpusAnswer] = []
        for question in template.questions
        where question.publishable && question.identifying == .none && !quasiIDs.contains(question.id) && isCoded(question.kind) {
            for code in codes(document.answers[question.id]) { answers.append(CorpusAnswer(question: question.id, code: code)) }
        }
        var excerpts: [CorpusExcerpt] = []
        for excerpt in redaction?.excerpts ?? [] where excerpt.decision == .approved {
            let themes = template.question(excerpt.questionID)?.themes ?? []
            excerpts.append(CorpusExcerpt(
                id: newID("ex"), question: excerpt.questionID, themes: themes, quotable: excerpt.quotable ?? false,
                text: excerpt.redacted, policyVersion: redaction?.policyVersion ?? 0))
        }
        return CorpusRecord(
            id: newID("rs"), template: template.id, templateVersion: template.version, language: document.language,
            quasi: quasi, levels: levels, answers: CorpusAnswers(answers), excerpts: excerpts,
            consentExpires: document.consent["research_corpus"]?.expiresDay,
            quotesExpire: document.consent["quotes_in_reports"]?.expiresDay)
    }

    static func isCoded(_ kind: QuestionKind) -> Bool {
        switch kind {
        case .singleChoice, .multiChoice, .scale, .numberBand, .yesNo: true
        case .shortText, .longText, .monthYear: false
        }
    }

    /// The codes of a coded answer (several for multi-choice); none when the question was not reached.
    static func codes(_ answer: Answer?) -> [String] {
        switch answer {
        case .none, .text?: []
        case .code(let c)?: [c]
        case .codes(let cs)?: cs.sorted()
        case .integer(let n)?: [String(n)]
        case .bool(let b)?: [b ? "yes" : "no"]
        case .monthYear(let m)?: [String(m.prefix(4))]
        case .skipped?: ["skipped"]
        case .preferNotToSay?: ["prefer_not_to_say"]
        }
    }

    /// A quasi-identifier's level-0 code: the answer's code, the year of a month/year, `skipped` when
    /// not answered.
    static func quasiCode(_ answer: Answer?) -> String {
        let all = codes(answer)
        return all.isEmpty ? "skipped" : all.joined(separator: "+")
    }

    /// `rs-`/`ex-` and 20 characters of base32 (100 random bits): unlinkable to anything in the vault.
    public static func newID(_ prefix: String) -> String {
        let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567")
        let bytes = Random.bytes(20)
        return prefix + "-" + String(bytes.map { alphabet[Int($0 & 31)] })
    }
}
