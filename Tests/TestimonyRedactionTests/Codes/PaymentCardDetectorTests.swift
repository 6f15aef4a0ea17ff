import Testing
import TestimonyRedaction

struct PaymentCardDetectorTests {
    let detector = PaymentCardDetector()

    @Test(arguments: [
        ("Kortti 4111 1111 1111 1111 vanhenee.", "4111 1111 1111 1111", "4111111111111111"),
        ("Card 4111-1111-1111-1111.", "4111-1111-1111-1111", "4111111111111111"),
        ("Card 4111111111111111.", "4111111111111111", "4111111111111111"),
        ("MC 5555 5555 5555 4444 ok", "5555 5555 5555 4444", "5555555555554444"),
        ("MC 2223 0031 2200 3222 ok", "2223 0031 2200 3222", "2223003122003222"),
        ("Amex 3782 822463 10005 ok", "3782 822463 10005", "378282246310005"),
        ("Discover 6011 1111 1111 1117.", "6011 1111 1111 1117", "6011111111111117"),
        ("Kortti 4111 1111 1111 1111 2019 asti", "4111 1111 1111 1111", "4111111111111111"),
        // Compact numbers of 13–15 digits (a lone number of fewer than 13 is turned down before the group walk).
        ("Visa 4222222222222 ok", "4222222222222", "4222222222222"),
        ("Diners 30569309025904 ok", "30569309025904", "30569309025904"),
        ("Amex 378282246310005 ok", "378282246310005", "378282246310005"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .card, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "4111 1111 1111 1112",  // Luhn fails
        "1234 5678 9012 3452",  // Luhn-valid, unknown issuer
        "9111 1111 1111 1110",  // Luhn-valid, unknown issuer
        "4111 1111 1111",  // 12 digits
        "4111 11 1111 1111 11",  // odd grouping
        "41111111111111111111",  // 20 digits
        "+4111111111111111",
        "Tilinumero FI21 1234 5600 0007 85",
        "4111 1111 1111 1111.5",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
