import TestimonyKit
import TestimonyModel

/// Deterministic synthetic corpus records for the benchmark (non-graphic filler text).
struct SyntheticCorpus {
    var state: UInt64
    var counter = 0

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    static let words = [
        "school", "later", "nobody", "asked", "years", "[PERSON 1]", "[CITY]", "coach", "online", "afraid", "recognised",
        "therapy", "helped", "told", "friend", "slowly", "again", "message", "support", "changed", "work", "sleep",
    ]

    mutating func record() -> CorpusRecord {
        counter += 1
        let ages = ["18-24", "25-34", "35-44", "45-54"]
        let genders = ["woman", "man"]
        var text = "SYNTHETIC BENCH \(counter)."
        while text.count < 300 { text += " " + Self.words[next(Self.words.count)] }
        let answers = (1...12).map { CorpusAnswer(question: "q\($0)", code: String(1 + next(5))) }
            + [CorpusAnswer(question: "tf_distributed", code: ["yes", "no", "not_sure"][next(3)])]
        return CorpusRecord(
            id: CorpusRecordBuilder.newID("rs"), template: "bench", templateVersion: 1, language: ["en", "fi", "sv"][next(3)],
            quasi: ["ay_age_band": ages[next(4)], "ay_gender": genders[next(2)]], levels: ["ay_age_band": 0, "ay_gender": 0],
            answers: CorpusAnswers(answers),
            excerpts: [CorpusExcerpt(id: CorpusRecordBuilder.newID("ex"), question: "wh_narrative", themes: ["impacts", next(2) == 0 ? "education" : "recognition"], quotable: false, text: text, policyVersion: 1)],
            consentExpires: "2031-11-29")
    }
}
