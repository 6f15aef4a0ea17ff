import Testing
import TestimonyRedaction

struct HandleDetectorTests {
    let detector = HandleDetector()

    @Test(arguments: [
        ("Seuraa @anna_v Instagramissa.", "@anna_v", "@anna_v"),
        ("Hän kirjoitti (@Erik.Svensson) minulle.", "@Erik.Svensson", "@erik.svensson"),
        ("Viesti tuli tililtä @mikko99.", "@mikko99", "@mikko99"),
        ("Mastodonissa @anna@mastodon.social kirjoitti.", "@anna@mastodon.social", "@anna@mastodon.social"),
        ("@xy", "@xy", "@xy"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .handle, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "anna@example.fi", "Tapaaminen @ kahvila.", "Hinta @12 euroa.", "@a yksin", "@_ tyhjä", "@äiti",
        "x@y@z", "@anna@nope",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
