import Foundation
import Testing
import TestimonyRedaction

/// Golden cases for the whole pipeline (synthetic, non-graphic sentences).
@Suite("Redaction pipeline")
struct PipelineTests {
    static let known = [
        KnownIdentifier(kind: "person", value: "Mikko Virtanen", role: "offender"),
        KnownIdentifier(kind: "person", value: "Liisa Esimerkki", role: "survivor"),
        KnownIdentifier(kind: "place", value: "Tampere"),
    ]

    static func redact(_ text: String, _ lang: RedactionLanguage? = .fi, known: [KnownIdentifier] = known) -> RedactionResult {
        Redactor(language: lang, known: known).redact(text)
    }

    @Test("known people are found in every Finnish inflection and get one role-aware placeholder with the case ending kept",
          arguments: [
            ("Mikolle", "[OFFENDER 1]:lle"), ("Mikon", "[OFFENDER 1]:n"), ("Mikko", "[OFFENDER 1]"), ("Mikosta", "[OFFENDER 1]:sta"),
            ("Virtaselta", "[OFFENDER 1]:lta"), ("Virtasen", "[OFFENDER 1]:n"), ("Virtaselle", "[OFFENDER 1]:lle"),
            ("Liisan", "[SURVIVOR]:n"), ("Esimerkille", "[SURVIVOR]:lle"), ("Tampereella", "[CITY IN PIRKANMAA]:lla"),
          ])
    func finnishInflections(word: String, expected: String) {
        let result = Self.redact("Eilen puhuin hänestä ja \(word) myös.")
        #expect(result.redacted == "Eilen puhuin hänestä ja \(expected) myös.", "\(word)")
    }

    @Test("full names, initials and line breaks inside names are matched")
    func fullNamesAndInitials() {
        let result = Self.redact("Mikko Virtanen tuli. M. V. lähti. Sitten Mikko\nVirtanen soitti. L. E. jäi.")
        #expect(result.redacted == "[OFFENDER 1] tuli. [OFFENDER 1] lähti. Sitten [OFFENDER 1] soitti. [SURVIVOR] jäi.")
    }

    @Test("Swedish genitive and English possessive keep their ending")
    func genitives() {
        let known = [KnownIdentifier(kind: "person", value: "Anna Berg", role: "family")]
        #expect(Self.redact("Jag bodde hos Annas moster.", .sv, known: known).redacted == "Jag bodde hos [FAMILY MEMBER 1]:s moster.")
        #expect(Self.redact("I stayed at Anna's place.", .en, known: known).redacted == "I stayed at [FAMILY MEMBER 1]'s place.")
    }

    @Test("traps stay: common words that are names, platforms, countries, roles, sentence-initial capitals")
    func trapsSurvive() {
        let fi = "Anna minun olla. Tuuli puhalsi ja onni oli kaukana. Usko ja toivo auttoivat. Istuin kalliolla. Käytin Snapchatia ja Discordia. Muutimme Ruotsiin. Valmentaja ja poliisi tiesivät."
        #expect(Self.redact(fi, known: []).redacted == fi)
        let en = "Will you listen? May was hard. Rose told the police. I used Snapchat and Discord in England. My coach knew."
        #expect(Self.redact(en, .en, known: []).spans.isEmpty, "\(Self.redact(en, .en, known: []).spans)")
    }

    @Test("unknown names are found by Voikko's proper-noun classes, and the same person keeps one placeholder")
    func unknownFinnishNames() {
        let result = Self.redact("Kerroin, että Matti Virtanen oli paikalla. Myöhemmin Virtaselle soitettiin.", known: [])
        #expect(result.redacted == "Kerroin, että [PERSON 1] oli paikalla. Myöhemmin [PERSON 1]:lle soitettiin.")
    }

    @Test("institutions become their kind")
    func institutions() {
        #expect(Self.redact("Olin Kalevan koulussa.", known: []).redacted == "Olin [SCHOOL]:ssa.")
        #expect(Self.redact("Vi gick på Björkskolan.", .sv, known: []).redacted == "Vi gick på [SCHOOL].")
        #expect(Self.redact("He played for Hammarby IF.", .en, known: []).redacted == "He played for [SPORTS CLUB].")
        #expect(Self.redact("We went to Hillside Primary School.", .en, known: []).redacted == "We went to [SCHOOL].")
    }

    @Test("offsets are Unicode code points into the input, also with NFD text and zero-width characters")
    func offsets() {
        let nfd = "Kysy Mike\u{0301}lta." // decomposed é
        let known = [KnownIdentifier(kind: "person", value: "Miké")]
        let result = Self.redact(nfd, known: known)
        let span = try! #require(result.spans.first)
        let scalars = Array(nfd.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == "Mike\u{0301}lta")
        let zw = "Soita Mi\u{200B}kolle."
        let hidden = Self.redact(zw)
        #expect(hidden.redacted == "Soita [OFFENDER 1]:lle.")
    }

    @Test("redaction is idempotent and never changes the original")
    func idempotent() {
        let text = "Mikolle kerroin Kalevan koulussa, ja Matti Virtanen tiesi."
        let once = Self.redact(text)
        #expect(once.original == text)
        let twice = Self.redact(once.redacted)
        #expect(twice.redacted == once.redacted)
        #expect(twice.spans.isEmpty)
    }
}
