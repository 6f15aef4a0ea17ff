import Testing
@testable import TestimonyRedaction

/// Token-level shortcuts of the institution and age-context passes answer as the lookups they stand for.
struct TokenPrefilterTests {
    /// The English institution pass skips a capitalised word that is not in all capitals (a sports marker), not
    /// "St"/"Saint", ends in no Swedish institution suffix and misses the English head filter: every such
    /// word of the test texts is indeed no head word, no marker, no saint and no Swedish compound.
    @Test func skippedEnglishWordsTakePartInNoInstitutionRule() throws {
        let detector = InstitutionDetector(language: .en, morphology: nil, gazetteer: .shared)
        let texts = try CodeScanSharingTests.texts() + ["St Mary's School", "Hammarby IF", "FC Example", "Oxhamns skola", "Vasakyrkan"]
        var skipped = 0
        for text in texts {
            for token in AnalyzedText(text).tokens where token.kind == .word && token.isCapitalized {
                guard !token.isAllCaps, token.head != InstitutionDetector.stHead, token.head != InstitutionDetector.saintHead,
                    !InstitutionKind.swedishTailKeys.contains(token.tail), !InstitutionDetector.englishHeadFilter.mayContain(key: token.filterKey)
                else { continue }
                skipped += 1
                #expect(detector.headKind(token) == nil, "\(token.text)")
                // (The sports-marker rule needs all capitals: "If" is no marker.)
                #expect(token.lower != "st" && token.lower != "saint")
                #expect(!InstitutionKind.swedishSuffixes.contains { token.lower.hasSuffix($0.0) }, "\(token.text)")
            }
        }
        #expect(skipped > 100)
    }

    /// The street-name pass skips a word after a capitalised one unless it is a long capitalised compound or a
    /// list filter may hold it: every such word of the test texts is on neither street-word list.
    @Test func skippedStreetWordsAreOnNoList() throws {
        var skipped = 0
        for text in try CodeScanSharingTests.texts() + ["Västra gatan", "Otley Road", "Kungsportsavenyen 12"] {
            for token in AnalyzedText(text).tokens where token.kind == .word {
                guard !(token.isCapitalized && token.end - token.start > 6), !StreetNameDetector.swedishWordFilter.mayContain(key: token.filterKey),
                    !StreetNameDetector.englishWordFilter.mayContain(key: token.filterKey)
                else { continue }
                skipped += 1
                #expect(!StreetNameDetector.swedishWords.contains(token.lower) && !StreetNameDetector.englishWords.contains(token.lower), "\(token.text)")
            }
        }
        #expect(skipped > 100)
    }

    /// `NumberWords.age` finds number words by token keys as the dictionary finds them by String.
    @Test func numberWordsByTokenKeysAsByString() {
        let words = NumberWords.values.keys.sorted()
        let text = AnalyzedText((words + words.map { $0.uppercased() } + words.map { $0 + "s" } + ["tw0", "on", "ones", "kymmen", "sjutto"])
            .joined(separator: " "))
        var found = 0
        for token in text.tokens {
            let expected = NumberWords.filter.mayContain(token) ? NumberWords.values[token.lower] : nil
            #expect(NumberWords.age(token) == expected, "\(token.text)")
            if expected != nil { found += 1 }
        }
        #expect(found == 2 * words.count)
    }
}
