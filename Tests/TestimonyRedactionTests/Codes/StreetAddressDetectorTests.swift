import Testing
import TestimonyRedaction

struct StreetAddressDetectorTests {
    let detector = StreetAddressDetector()

    @Test(arguments: [
        ("Asuimme osoitteessa Hämeenkatu 12 B 4 Tampereella.", "Hämeenkatu 12 B 4", "hämeenkatu 12 b 4"),
        ("Koti oli Koulutie 3.", "Koulutie 3", "koulutie 3"),
        ("Koulutie 3 A oli talo.", "Koulutie 3 A", "koulutie 3 a"),
        ("Koulutie 3 as. 5, Vantaa", "Koulutie 3 as. 5", "koulutie 3 as. 5"),
        ("Hän asui Mannerheimintiellä 5 kauan.", "Mannerheimintiellä 5", "mannerheimintiellä 5"),
        ("Tapasimme Hämeenkadulla 12a illalla.", "Hämeenkadulla 12a", "hämeenkadulla 12a"),
        ("Osoite Pohjoinen Rautatiekatu 21 B, Helsinki.", "Pohjoinen Rautatiekatu 21 B", "pohjoinen rautatiekatu 21 b"),
        ("Kauppatori 1 on keskustassa.", "Kauppatori 1", "kauppatori 1"),
        ("Rantaraitti 4–6", "Rantaraitti 4–6", "rantaraitti 4–6"),
        ("Vi bodde på Storgatan 12 i Umeå.", "Storgatan 12", "storgatan 12"),
        ("Adress: Drottninggatan 5B, lgh 1102.", "Drottninggatan 5B", "drottninggatan 5b"),
        ("Adress: Kungsvägen 7 lgh 1102.", "Kungsvägen 7 lgh 1102", "kungsvägen 7 lgh 1102"),
        ("He lived at 12 Baker Street in London.", "12 Baker Street", "12 baker street"),
        ("Sherlock lived at 221B Baker St.", "221B Baker St", "221b baker st"),
        ("Address: 5 Acacia Avenue, Leeds", "5 Acacia Avenue", "5 acacia avenue"),
        ("Number 10 Downing Street", "10 Downing Street", "10 downing street"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .address, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "Tie 5 oli pitkä.", "Rinne 3 voitti.", "Torilla 5 kojua.", "koulutie 3", "Koulutie on pitkä.",
        "Historia 9 luokalla.", "Hän oli 12 vuotta.", "Stig 5 kom hem.", "I have 12 apples.", "12 Street",
        "Koulutie 12345", "Koulutie 0", "Koulutie 3,5 km", "Ajoimme Valtatie 4 pohjoiseen.",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
