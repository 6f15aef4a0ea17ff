import Testing
import TestimonyRedaction

struct PostalCodeDetectorTests {
    let detector = PostalCodeDetector()

    @Test(arguments: [
        ("Osoite: Koulutie 3, 00100 Helsinki.", "00100 Helsinki", "00100"),
        ("33100 TAMPERE", "33100 TAMPERE", "33100"),
        ("Postiosoite FI-02100 Espoo", "FI-02100 Espoo", "02100"),
        ("Adress: Storgatan 12, 123 45 Stockholm", "123 45 Stockholm", "12345"),
        ("Adress: 903 25 Umeå.", "903 25 Umeå", "90325"),
        ("Adress: SE-903 25 Umeå.", "SE-903 25 Umeå", "90325"),
        ("London SW1A 1AA, UK", "SW1A 1AA", "SW1A1AA"),
        ("Manchester M1 1AE.", "M1 1AE", "M11AE"),
        ("Postcode EC1A 1BB", "EC1A 1BB", "EC1A1BB"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .postalCode, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "Se maksoi 12000 Euroa.", "Vuonna 2019 Helsinki kasvoi.", "Luku 12345 on iso.", "00100 helsinki",
        "Numero 040 12345 Helsinki", "1234567 Helsinki", "00000 Helsinki", "Koodi 12345-Helsinki",
        "MP3 4KB", "Se oli 123 45 kronor.", "SW1A 1AA1",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
