import Testing
import TestimonyRedaction

@Suite("Quasi-identifiers in context")
struct QuasiDetectorTests {
    static func spans(_ detector: any Detector, _ text: String) -> [String] {
        let analyzed = AnalyzedText(text)
        return detector.detect(in: analyzed).map { analyzed.text($0.start, $0.end) }
    }

    @Test("ages after a cue word or written into the word, in fi, sv and en", arguments: [
        (RedactionLanguage.fi, "Kun olin 11, muutimme.", "11"), (.fi, "Olin kahentoista kun se alkoi.", "kahentoista"),
        (.fi, "Hän oli yhdeksänvuotias silloin.", "yhdeksänvuotias"), (.sv, "När jag var åtta flyttade vi.", "åtta"),
        (.sv, "Jag var 14 år gammal.", "14 år gammal"), (.en, "When I was 13 we moved.", "13"), (.en, "She turned nine that May.", "nine"),
    ])
    func ages(language: RedactionLanguage, text: String, expected: String) {
        #expect(Self.spans(AgeContextDetector(language: language), text) == [expected])
    }

    @Test("durations, clock times and counts are not ages", arguments: [
        (RedactionLanguage.fi, "Se oli kuusi vuotta sitten."), (.fi, "Kello oli kymmenen."), (.sv, "Det var trettio år sedan."),
        (.en, "It was ten minutes late."), (.en, "There were 3 of us."),
    ])
    func notAges(language: RedactionLanguage, text: String) {
        #expect(Self.spans(AgeContextDetector(language: language), text).isEmpty)
    }

    @Test("ages become five-year bands")
    func bands() {
        let result = Redactor(language: .en).redact("When I was 13 we moved.")
        #expect(result.redacted == "When I was [AGE 10–14] we moved.")
        #expect(result.spans.first?.identifierClass == .quasi)
    }

    @Test("named events with their year", arguments: [
        ("Pelasin Hervanta Cupin jälkeen vähemmän.", "Hervanta Cupin"), ("Vi åkte till Kvibergsturneringen 2013 med laget.", "Kvibergsturneringen 2013"),
        ("We sang at the Summer Festival 2014 together.", "Summer Festival 2014"),
    ])
    func events(text: String, expected: String) {
        #expect(Self.spans(EventDetector(morphology: FinnishMorphology.shared), text) == [expected])
    }

    @Test("generic event words without a name are not events")
    func genericEvents() {
        #expect(Self.spans(EventDetector(morphology: FinnishMorphology.shared), "Menin leirille ja konserttiin.").isEmpty)
        #expect(Self.spans(EventDetector(morphology: FinnishMorphology.shared), "the camp was in the summer").isEmpty)
    }
}

@Suite("User names and broken names")
struct UsernameAndLayoutTests {
    @Test("user names without @ are handles; versions, dates, decimals and e-mails are not")
    func usernames() {
        let text = "Tunnukseni oli emmi.k.2009 ja hänen Varjo_88. Versio 2.0.1, päivä 12.3.2014, klo 10.30, osoite a.b@example.com."
        let analyzed = AnalyzedText(text)
        let found = UsernameDetector().detect(in: analyzed).map { analyzed.text($0.start, $0.end) }
        #expect(found == ["emmi.k.2009", "Varjo_88"])
    }

    @Test("a hyphenated name broken across a line stays one name")
    func hyphenAcrossLines() {
        let result = Redactor(language: .fi).redact("Anna-\nLiisa Korhonen soitti.")
        #expect(result.redacted == "[PERSON 1] soitti.")
    }
}

@Suite("Street names and English lowercase words")
struct StreetAndLowercaseTests {
    @Test("street names in fi, sv and en, with their house numbers", arguments: [
        (RedactionLanguage.fi, "Asuin Yliopistonkatu 31:ssä silloin.", "Asuin [ADDRESS] silloin."),
        (.sv, "Vi bodde på Västra gatan 4 då.", "Vi bodde på [ADDRESS] då."),
        (.en, "We lived on Otley Road for years.", "We lived on [ADDRESS] for years."),
    ])
    func streets(language: RedactionLanguage, text: String, expected: String) {
        #expect(Redactor(language: language).redact(text).redacted == expected)
    }

    @Test("ordinary street words and titles are not addresses")
    func notStreets() {
        #expect(Redactor(language: .fi).redact("Menin kadulle ja tielle. Kanttori soitti urkuja.").spans.isEmpty)
        #expect(Redactor(language: .en).redact("The road was long.").spans.isEmpty)
    }

    @Test("lowercase English words that are also surnames or towns stay")
    func englishLowercase() {
        #expect(Redactor(language: .en).redact("the road was long and the young man was reading by the green hill").spans.isEmpty)
    }
}

@Suite("UK codes")
struct UKCodeTests {
    @Test("National Insurance numbers and plates are found; acronyms and ordinary codes are not")
    func ukCodes() {
        let text = "My NI number is QQ 12 34 56 C and AB123456D; the car was KCY 482P, later AB12 CDE."
        #expect(Redactor(language: .en).redact(text).redacted
            == "My NI number is [ID NUMBER] and [ID NUMBER]; the car was [VEHICLE], later [VEHICLE].")
        let safe = "COVID-19, MP3, the BBC ONE show, A4 paper, room B12 and QQ 12 34 56 Z."
        #expect(Redactor(language: .en).redact(safe).spans.filter { $0.type == .plate || $0.type == .nationalID }.isEmpty)
    }
}
