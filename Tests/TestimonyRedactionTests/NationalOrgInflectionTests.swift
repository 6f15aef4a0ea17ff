import Testing
import TestimonyRedaction

/// National bodies with three-letter names stay in inflected forms, like the longer ones do.
@Suite struct NationalOrgInflectionTests {
    @Test(arguments: [
        ("Luin asiasta Ylen sivuilta ja soitin Kelalle.", RedactionLanguage.fi, ["Ylen", "Kelalle"]),
        ("Sen jälkeen BUP:iin ja Yleltä tuli juttu.", .fi, ["Yleltä"]),
        ("Later the NHS's helpline and the BBC's website helped.", .en, ["NHS's", "BBC's"]),
    ])
    func inflectedShortNamesStay(text: String, language: RedactionLanguage, words: [String]) {
        let result = Redactor(language: language).redact(text)
        for word in words {
            #expect(result.redacted.contains(word), "\(word) in \(result.redacted)")
        }
    }
}

/// A platform added to the lists is a trap in inflected forms too (the inflection check's stems
/// follow the lists).
@Suite struct GazetteerTrapStemTests {
    @Test func anAddedPlatformIsATrapWhenInflected() {
        var gazetteer = Gazetteer.shared
        #expect(!gazetteer.isTrap("zorblinkissa"))
        gazetteer.platforms.insert("zorblink")
        #expect(gazetteer.isTrap("zorblink"))
        #expect(gazetteer.isTrap("zorblinkissa"))
    }
}
