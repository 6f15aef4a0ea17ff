import Testing
import TestimonyRedaction

struct IBANDetectorTests {
    let detector = IBANDetector()

    @Test(arguments: [
        ("Tilinumero FI21 1234 5600 0007 85, kiitos.", "FI21 1234 5600 0007 85", "FI2112345600000785"),
        ("Tili FI2112345600000785.", "FI2112345600000785", "FI2112345600000785"),
        ("Account GB82 WEST 1234 5698 7654 32 ON FILE", "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432"),
        ("Konto SE45 5000 0000 0583 9825 7466.", "SE45 5000 0000 0583 9825 7466", "SE4550000000058398257466"),
        ("Konto DE89370400440532013000", "DE89370400440532013000", "DE89370400440532013000"),
        ("Konto NO93 8601 1117 947", "NO93 8601 1117 947", "NO9386011117947"),
        // a country without a listed length: generic 15–34 with mod-97
        ("IBAN MT84MALT011000012345MTLCAST001S.", "MT84MALT011000012345MTLCAST001S", "MT84MALT011000012345MTLCAST001S"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .iban, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "FI21 1234 5600 0007 86",  // mod-97 fails
        "FI22 1234 5600 0007 85",
        "FI21 1234 5600 0007 8",  // too short for FI
        "FI2112345600000785123",  // too long for FI
        "GB82 WEST 1234 5698 7654",
        "XFI2112345600000785",
        "fi21 1234 5600 0007 85",
        "AB12 virtaa",
        "SE12 3456",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
