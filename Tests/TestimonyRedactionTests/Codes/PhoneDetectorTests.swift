import Testing
import TestimonyRedaction

struct PhoneDetectorTests {
    let detector = PhoneDetector()

    @Test(arguments: [
        // Finland
        ("Soita numeroon 040 123 4567 illalla.", "040 123 4567", "0401234567"),
        ("Puh. 0401234567", "0401234567", "0401234567"),
        ("Numero on +358 40 1234567.", "+358 40 1234567", "0401234567"),
        ("Numero on +358 (0)40 123 4567.", "+358 (0)40 123 4567", "0401234567"),
        ("tel:+358401234567", "+358401234567", "0401234567"),
        ("Soita 050-765 4321!", "050-765 4321", "0507654321"),
        ("Toimisto: 09 123 4567", "09 123 4567", "091234567"),
        ("Toimisto: (09) 123 456", "(09) 123 456", "09123456"),
        ("Äiti (040 123 4567) soitti.", "040 123 4567", "0401234567"),
        ("Ring 00358 40 123 4567 nu", "00358 40 123 4567", "0401234567"),
        // Sweden
        ("Ring 070-123 45 67 i morgon.", "070-123 45 67", "0701234567"),
        ("Ring +46 70 123 45 67 i morgon.", "+46 70 123 45 67", "0701234567"),
        ("Växel 08-123 456 78.", "08-123 456 78", "0812345678"),
        // United Kingdom
        ("Call 07700 900123 today.", "07700 900123", "07700900123"),
        ("Call +44 7700 900123 today.", "+44 7700 900123", "07700900123"),
        ("Office 020 7946 0018.", "020 7946 0018", "02079460018"),
        // United States
        ("Call (555) 123-4567 now.", "(555) 123-4567", "5551234567"),
        ("Call 555-123-4567 now.", "555-123-4567", "5551234567"),
        ("Call 555.123.4567 now.", "555.123.4567", "5551234567"),
        ("Call +1 (555) 123-4567 now.", "+1 (555) 123-4567", "5551234567"),
        ("Call 1-555-123-4567 now.", "1-555-123-4567", "5551234567"),
        // E.164 elsewhere
        ("Numero +372 5123 4567 Virossa.", "+372 5123 4567", "37251234567"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .phone, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        // years, money, dates, times, decimals
        "Vuonna 2019 ja 1990–1995.", "Se maksoi 1 500 euroa.", "Se maksoi 1 500 000 euroa.", "Summa 040 123 4567 €",
        "Päivä oli 01.02.2019.", "Päivä oli 01-02-2019.", "Klo 09.00-10.30.", "Kello 09.30.", "2019-03-12",
        "Hinta 0,50 €", "Pi on 3.14159.", "Postinumero 00100 Helsinki.",
        // implausible numbers
        "Koodi 012345.", "Tilaus 0123456.", "Numero 071 234 567.", "Numero 040 12.", "Numero 123 456 7890.",
        "+358 1", "+1 555 123 456", "+46 12", "Tilinumero FI21 1234 5600 0007 85.", "Kortti 4111 1111 1111 1111.",
        // IDs and codes of other detectors
        "Hetu 131052-308T.", "Personnummer 19121212-1212.", "IP 192.168.100.200.", "Juttu 5500/R/12345/21.",
        "Versio 10.0.19041.", "040 123 4567 050 765 4321 890",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }

    @Test func twoNumbersInOneSentence() {
        let text = "Soita 040 123 4567 tai 09 876 5432."
        let found = CodeDetectorTesting.detections(detector, text)
        #expect(found.map(\.entity) == ["0401234567", "098765432"])
        #expect(found.first?.end == CodeDetectorTesting.span(of: "040 123 4567", in: text)?.end)
    }
}
