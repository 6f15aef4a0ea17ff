import Testing
import TestimonyRedaction

struct FinnishHetuDetectorTests {
    let detector = FinnishHetuDetector()

    @Test(arguments: [
        ("Henkilötunnus 131052-308T on esimerkki.", "131052-308T", "131052-308T"),
        ("Tunnus: 010203A1230.", "010203A1230", "010203A1230"),
        ("Tunnus: 010203B1230.", "010203B1230", "010203B1230"),
        ("Tunnus 311299Y456X", "311299Y456X", "311299Y456X"),
        ("Karkausvuosi 290200A002C.", "290200A002C", "290200A002C"),
        ("Vanha 150590+7770.", "150590+7770", "150590+7770"),
        ("Pienellä 131052-308t kirjoitettu.", "131052-308t", "131052-308T"),
        ("Ajatusviiva 131052\u{2013}308T.", "131052\u{2013}308T", "131052-308T"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .nationalID, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "131052-308A",  // wrong check character
        "131052-308U",
        "311152-308T",  // invalid date (Nov 31)
        "290201A0029",  // 2001 is not a leap year
        "131352-308T",  // month 13
        "131052-000T",  // individual number 000
        "131052G308T",  // unknown century sign
        "X131052-308T",  // glued to a word
        "131052-308TA",
        "1131052-308T",
        "Puhelin 040-1234567",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
