import Testing
import TestimonyRedaction

struct EmailDetectorTests {
    let detector = EmailDetector()

    @Test(arguments: [
        ("Kirjoita osoitteeseen anna.virtanen@example.fi, kiitos.", "anna.virtanen@example.fi", "anna.virtanen@example.fi"),
        ("Mail: Erik.Svensson+test@Mail.Example.SE.", "Erik.Svensson+test@Mail.Example.SE", "erik.svensson+test@mail.example.se"),
        ("<john_doe@example.co.uk>", "john_doe@example.co.uk", "john_doe@example.co.uk"),
        ("Lähetin viestin anna@example.fi:lle eilen.", "anna@example.fi", "anna@example.fi"),
        ("(o'brien@example.com)", "o'brien@example.com", "o'brien@example.com"),
        ("mailto:info@example.org", "info@example.org", "info@example.org"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .email, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "Tapaaminen @ kahvila klo 12.", "Seuraa @anna_v Instagramissa.", "user@localhost ei ole osoite.",
        "user@example.c on rikki.", "a@b", "@example.fi", "anna.@example", "Hinta 5 @ 10 €.",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }

    @Test func twoAddresses() {
        let text = "anna@example.fi; erik@example.se"
        let found = CodeDetectorTesting.detections(detector, text)
        #expect(found.map(\.entity) == ["anna@example.fi", "erik@example.se"])
        #expect(found.last?.start == CodeDetectorTesting.span(of: "erik@example.se", in: text)?.start)
    }
}
