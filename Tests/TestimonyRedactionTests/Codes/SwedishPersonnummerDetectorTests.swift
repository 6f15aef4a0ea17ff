import Testing
import TestimonyRedaction

struct SwedishPersonnummerDetectorTests {
    let detector = SwedishPersonnummerDetector()

    @Test(arguments: [
        ("Personnummer 19121212-1212 är ett testnummer.", "19121212-1212", "1212121212"),
        ("Pnr: 121212-1212.", "121212-1212", "1212121212"),
        ("Pnr 121212+1212", "121212+1212", "1212121212"),
        ("Pnr 191212121212.", "191212121212", "1212121212"),
        ("Pnr 1212121212.", "1212121212", "1212121212"),
        ("Hon har 811218-9876.", "811218-9876", "8112189876"),
        ("Samordningsnummer 701063-2383.", "701063-2383", "7010632383"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .nationalID, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "19121212-1213",  // Luhn fails
        "121212-1213",
        "121312-1212",  // month 13
        "121232-1212",  // day 32
        "17121212-1212",  // century 17
        "701093-2383",  // coordination day 93
        "Tel 0701234567",  // a phone number, not Luhn-valid as a personnummer
        "12121212-12121",
        "A121212-1212",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
