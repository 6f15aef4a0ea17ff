import Testing
@testable import TestimonyRedaction

/// The first-letter tests with which the age and school-class scans pass over a word drop only words
/// those scans could not have used.
struct WordStartPrefilterTests {
    /// `AgeDetector` sends a word of four letters or fewer starting with an a to `wordAge` only when it starts
    /// "ag" (age, aged): that is safe while no number word of that length starts with an a.
    @Test func noShortNumberWordStartsWithA() {
        let short = AgeDetector.numberWords.keys.filter { $0.hasPrefix("a") && $0.unicodeScalars.count <= 4 }
        #expect(short.isEmpty, "\(short)")
        for text in ["age 12", "Aged 12", "AGE twelve", "at the age of 12", "an age of 12"] {
            #expect(!AgeDetector().detect(in: AnalyzedText(text)).isEmpty, "\(text)")
        }
    }

    /// Every word start whose first two letters are not on `SchoolClassDetector.wordFirstPairs` begins none of
    /// the words `wordFirst` looks for, and every such word's pair is on it.
    @Test func schoolClassPairsDropOnlyWordsThatMatchNothing() throws {
        for word in SchoolClassDetector.wordFirstWords {
            #expect(SchoolClassDetector.wordFirstPairs.contains(word[0] << 16 ^ word[1]))
        }
        let extra = ["Luokalla 5B", "LUOKKA 5B", "Årskurs 7", "ÅK 9", "Klass 7B", "CLASS 5A", "Grade 7", "YEAR 9", "Eka luokka", "toka luokalla"]
        for text in try CodeScanSharingTests.texts() + extra {
            let sc = AnalyzedText(text).scalars
            for i in CodeScan.wordStarts(sc).entries.map(\.start) where i + 1 < sc.count {
                guard !SchoolClassDetector.wordFirstPairs.contains(CaseNumberDetector.pairKey(sc[i], sc[i + 1])) else { continue }
                #expect(!SchoolClassDetector.wordFirstWords.contains { CodeScan.matches(sc, i, $0) }, "\(text.prefix(60)) at \(i)")
                #expect(SchoolClassDetector.wordFirst(sc, i) == nil)
            }
        }
    }

    /// `DateDetector.dayFirst` reads a word after a number only when its first two letters start a month word: every
    /// month word's are ASCII and on `monthPairs`, and each is found after a day in every casing.
    @Test func monthPairsLetEveryMonthWordThrough() {
        for word in DateDetector.months.keys {
            let scalars = Array(word.unicodeScalars)
            #expect(scalars[0].value < 0x80 && scalars[1].value < 0x80, "\(word)")
            #expect(DateDetector.monthPairs.contains(CaseNumberDetector.pairKey(scalars[0], scalars[1])), "\(word)")
            for form in [word, word.prefix(1).uppercased() + word.dropFirst(), word.uppercased()] {
                #expect(!DateDetector().detect(in: AnalyzedText("12 \(form) 2019")).isEmpty, "\(form)")
            }
        }
    }
}
