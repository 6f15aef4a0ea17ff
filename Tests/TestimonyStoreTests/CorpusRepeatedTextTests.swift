import Foundation
import Testing
import TestimonyModel
@testable import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// The store reuses strings whose bytes repeat from row to row (template, language, excerpt
    /// question, answers' questions and codes); what it reads back must be each row's own bytes,
    /// also when consecutive values have the same length or are canonically equivalent.
    @Suite("Corpus repeated text")
    struct CorpusRepeatedTextTests {
        @Test func everyRowReadsBackItsOwnBytes() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-repeated-text")
            defer { withExtendedLifetime(dir) {} }
            let templates = ["t-aa", "t-bb", "t-aa", "t-ab"]
            let languages = ["fi", "sv", "en", "fi", "fi"]
            let words = ["q_a", "q_b", "q_a", "K", "\u{212A}", "e\u{301}", "\u{e9}", "a\"b", "x", "x"]
            let records = (0..<300).map { n in
                var record = CorpusTestHelpers.record(String(format: "rs-%08d", n), template: templates[n % templates.count], excerpts: 1)
                record.language = languages[n % languages.count]
                let answers: [CorpusAnswer] = (0..<(n % 4)).map { k in
                    CorpusAnswer(question: words[(n + k) % words.count], code: words[(n / 3 + k) % words.count])
                }
                record.answers = CorpusAnswers(answers)
                record.excerpts[0].question = words[n % words.count]
                // The JSON cells too, in runs and alternating, with canonically equivalent spellings.
                record.quasi = ["ay_age_band": words[(n / 2) % words.count], words[(n / 7) % words.count]: "nordic"]
                record.levels = ["ay_age_band": (n / 5) % 3, words[(n / 3) % words.count]: 0]
                record.excerpts[0].themes = [words[(n / 4) % words.count], "school"]
                return record
            }
            try store.insert(records)
            var read: [CorpusRecord] = []
            try store.forEachRecord { read.append($0) }
            #expect(read == records)
            for (mine, theirs) in zip(read, records) {
                #expect(Array(mine.template.utf8) == Array(theirs.template.utf8))
                #expect(Array(mine.language.utf8) == Array(theirs.language.utf8))
                #expect(Array(mine.excerpts[0].question.utf8) == Array(theirs.excerpts[0].question.utf8))
                #expect(mine.excerpts[0].themes.map { Array($0.utf8) } == theirs.excerpts[0].themes.map { Array($0.utf8) })
                #expect(Self.bytes(mine.quasi) == Self.bytes(theirs.quasi))
                #expect(Self.bytes(mine.levels.mapValues(String.init)) == Self.bytes(theirs.levels.mapValues(String.init)))
                let mineAnswers: [[UInt8]] = mine.answers.map { Array($0.question.utf8) + [0xFF] + Array($0.code.utf8) }
                let theirAnswers: [[UInt8]] = theirs.answers.map { Array($0.question.utf8) + [0xFF] + Array($0.code.utf8) }
                #expect(mineAnswers == theirAnswers)
            }
            #expect(try store.records(template: "t-bb") == records.filter { $0.template == "t-bb" })
        }

        /// A dictionary's entries as sorted byte strings (key, 0xFF, value).
        private static func bytes(_ map: [String: String]) -> [[UInt8]] {
            map.map { Array($0.key.utf8) + [0xFF] + Array($0.value.utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
        }
    }
}
