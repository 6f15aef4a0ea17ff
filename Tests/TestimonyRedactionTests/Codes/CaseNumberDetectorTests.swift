import Testing
import TestimonyRedaction

struct CaseNumberDetectorTests {
    let detector = CaseNumberDetector()

    @Test(arguments: [
        ("Poliisi kirjasi asian numerolla 5500/R/12345/21.", "5500/R/12345/21", "5500/R/12345/21"),
        ("Käräjäoikeuden asia R 21/1234 käsiteltiin.", "R 21/1234", "R21/1234"),
        ("Asia R21/1234 käsiteltiin.", "R21/1234", "R21/1234"),
        ("Målet B 1234-21 avgjordes.", "B 1234-21", "B1234-21"),
        ("Ärendenummer 5000-K123456-21 gäller.", "5000-K123456-21", "5000-K123456-21"),
        ("Polisens nummer 5000-K123456-21.", "5000-K123456-21", "5000-K123456-21"),
        ("Diaarinumero: OKV/123/1/2021 saapui.", "OKV/123/1/2021", "OKV/123/1/2021"),
        ("Asianumerolla 12345-67 ei löytynyt mitään.", "12345-67", "12345-67"),
        ("Rikosilmoituksen numero on 1234/2021.", "1234/2021", "1234/2021"),
        ("Dnro 123/45/2020", "123/45/2020", "123/45/2020"),
        ("Målnummer: T 5678-20.", "T 5678-20", "T5678-20"),
        ("Diarienummer 2021/1234 registrerades.", "2021/1234", "2021/1234"),
        ("The case number is AB-1234-X.", "AB-1234-X", "AB-1234-X"),
        ("Crime reference number 01/123456/21 was given.", "01/123456/21", "01/123456/21"),
        ("Reference no. ABC123 on file.", "ABC123", "ABC123"),
        ("Mål nr 1234-21 avgjordes.", "1234-21", "1234-21"),
        ("Asianumero 123456 on kirjattu.", "123456", "123456"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .caseNumber, in: text, needle, entity: entity)
    }

    @Test(arguments: [
        "Rikosilmoitus tehtiin eilen.", "Asianumero puuttui.", "Rikosilmoitus 12.3.2019 tehtiin.",
        "Case closed in 2019.", "Vuosina 2019/2020.", "Sivu 12/345.", "R 2021/1234", "B 1234-2021",
        "5500/R/12345", "Hän sanoi: R 21 oli hyvä.", "The case is closed.", "Tein rikosilmoituksen 2019 keväällä.",
        "The ref 12 times.", "Asianumero 12.",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
