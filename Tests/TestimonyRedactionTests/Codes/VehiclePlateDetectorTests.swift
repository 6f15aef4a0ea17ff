import Testing
import TestimonyRedaction

struct VehiclePlateDetectorTests {
    let detector = VehiclePlateDetector()

    @Test(arguments: [
        ("Auton rekisterinumero oli ABC-123.", "ABC-123", "ABC123"),
        ("Punainen auto XY-12 ajoi ohi.", "XY-12", "XY12"),
        ("Rekkari KÖH-7", "KÖH-7", "KÖH7"),
        ("Bilen hade registreringsnummer ABC 123 i går.", "ABC 123", "ABC123"),
        ("Bilen hade ABC 12A.", "ABC 12A", "ABC12A"),
        ("Regnr: MLB847", "MLB847", "MLB847"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .plate, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "COVID-19 muutti kaiken.", "MP3-soitin", "A-4 paperi", "HIV-1 ja HPV-16", "Soita SOS 112.",
        "Se maksoi EUR 100.", "abc-123", "Abc-123", "ABCD-123", "ABC-1234", "ABC-012", "ABC-12-3",
        "PUHUIN ABC 123 KERTAA", "ABC 1234", "AK-47", "SM-12 kisat", "IQA 123", "X-ABC-123",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
