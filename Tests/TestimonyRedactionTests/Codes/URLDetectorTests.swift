import Testing
import TestimonyRedaction

struct URLDetectorTests {
    let detector = URLDetector()

    @Test(arguments: [
        ("Katso https://www.example.fi/polku?id=5.", "https://www.example.fi/polku?id=5", "example.fi/polku?id=5"),
        ("Sivu (http://example.com/a_(b)) on poistettu.", "http://example.com/a_(b)", "example.com/a_(b)"),
        ("Se oli osoitteessa www.example.org/blogi/", "www.example.org/blogi/", "example.org/blogi"),
        ("Läs mer på polisen.se idag.", "polisen.se", "polisen.se"),
        ("Hän mainitsi sivun example.fi:ssä.", "example.fi", "example.fi"),
        ("Osoite https://example.fi:ssä oli auki.", "https://example.fi", "example.fi"),
        ("Go to EXAMPLE.COM now", "EXAMPLE.COM", "example.com"),
        ("Server at example.net:8080/status works", "example.net:8080/status", "example.net:8080/status"),
        ("Visit www.example.xyz, please", "www.example.xyz", "example.xyz"),
        ("kutsulinkki oli discord.gg/kuusikko77.", "discord.gg/kuusikko77", "discord.gg/kuusikko77"),
        ("skriv till t.me/lilla_moln_07 ikväll", "t.me/lilla_moln_07", "t.me/lilla_moln_07"),
        ("message wa.me/447700900123 now", "wa.me/447700900123", "wa.me/447700900123"),
        ("hänen tilinsä tiktok.com/@varjo_88 on poistettu", "tiktok.com/@varjo_88", "tiktok.com/@varjo_88"),
        ("lägg till snapchat.com/add/moa.k09!", "snapchat.com/add/moa.k09", "snapchat.com/add/moa.k09"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .url, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "Hän sanoi.Se oli totta.", "Mr.Smith came.", "esim. jne. yms.", "Kello 12.30 ja 1.5 km.",
        "Versio 1.2.3 julkaistiin.", "Sähköposti anna@example.fi ei ole URL.", "This is it.is not.",
        "file.txt ja kuva.jpg", "i.e. and e.g. are fine", "http:// nothing",
        "we met on discord.gg and t.me then", "joined discord.gg/ later",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }

    @Test func sameSiteSameEntity() {
        let found = CodeDetectorTesting.detections(detector, "https://www.example.fi/ ja example.fi")
        #expect(found.count == 2)
        #expect(Set(found.map(\.entity)) == ["example.fi"])
    }
}
