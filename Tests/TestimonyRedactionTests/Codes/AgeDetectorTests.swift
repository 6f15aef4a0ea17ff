import Testing
import TestimonyRedaction

struct AgeDetectorTests {
    let detector = AgeDetector()

    @Test(arguments: [
        ("Olin silloin 12-vuotias.", "12-vuotias", "12"),
        ("Hän oli 12-vuotiaana koulussa.", "12-vuotiaana", "12"),
        ("Olin 12 vuotias.", "12 vuotias", "12"),
        ("Olin 12 vuotta vanha.", "12 vuotta vanha", "12"),
        ("Olin 12 vuoden ikäinen.", "12 vuoden ikäinen", "12"),
        ("Olin kahdeksanvuotias.", "kahdeksanvuotias", "8"),
        ("Kaksitoistavuotiaana muutimme.", "Kaksitoistavuotiaana", "12"),
        ("Olin kaksitoista vuotta vanha.", "kaksitoista vuotta vanha", "12"),
        ("Jag var 12 år gammal.", "12 år gammal", "12"),
        ("Som 12-åring flyttade jag.", "12-åring", "12"),
        ("De 12-åriga barnen.", "12-åriga", "12"),
        ("Vid 12 års ålder flyttade jag.", "12 års ålder", "12"),
        ("Som tolvåring flyttade jag.", "tolvåring", "12"),
        ("I was 12 years old.", "12 years old", "12"),
        ("A 12-year-old boy.", "12-year-old", "12"),
        ("I was aged 12 then.", "aged 12", "12"),
        ("At age 7 I moved.", "age 7", "7"),
        ("At the age of 15 I moved.", "age of 15", "15"),
        ("I was twelve years old.", "twelve years old", "12"),
        ("Aged twelve, I moved.", "Aged twelve", "12"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .age, in: text, needle, entity: entity)
    }

    @Test(arguments: [("12-vuotias", "10\u{2013}14"), ("15 years old", "15\u{2013}19"), ("4-åring", "0\u{2013}4"), ("aged 80", "80\u{2013}84")])
    func fiveYearBand(text: String, band: String) {
        let found = CodeDetectorTesting.detections(detector, text)
        #expect(found.first?.generalized == band)
        #expect(found.first?.identifierClass == .quasi)
    }

    @Test(arguments: [
        "Olin siellä 12 vuotta.", "Jag bodde där i 5 år.", "He stayed for 7 years.",
        "Se oli 150 vuotta vanha.", "aged 12 months", "age group", "Vuosi 2019.", "12 year", "Hän on vanha.",
        "The age limit", "12 vuotta sitten", "1,5-vuotias",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
