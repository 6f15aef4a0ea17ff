import Testing
import TestimonyRedaction

struct DateDetectorTests {
    let detector = DateDetector()

    @Test(arguments: [
        ("Se tapahtui 12.3.2019 illalla.", "12.3.2019", "2019-03-12"),
        ("Se tapahtui 12.03.19.", "12.03.19", "2019-03-12"),
        ("Syntynyt 1.2.85", "1.2.85", "1985-02-01"),
        ("Datum 2019-03-12 noterat.", "2019-03-12", "2019-03-12"),
        ("Date 12/3/2019 here", "12/3/2019", "2019-03-12"),
        ("US date 3/25/2019 here", "3/25/2019", "2019-03-25"),
        ("Se oli 12. maaliskuuta 2019.", "12. maaliskuuta 2019", "2019-03-12"),
        ("Se oli 12 maaliskuuta 2019.", "12 maaliskuuta 2019", "2019-03-12"),
        ("Det hände den 12 mars 2019.", "12 mars 2019", "2019-03-12"),
        ("Det hände den 12:e mars 2019.", "12:e mars 2019", "2019-03-12"),
        ("It happened on March 12, 2019.", "March 12, 2019", "2019-03-12"),
        ("It happened on March 12th 2019.", "March 12th 2019", "2019-03-12"),
        ("It happened on the 12th of March 2019.", "12th of March 2019", "2019-03-12"),
        ("It happened on 12 Sept. 2019.", "12 Sept. 2019", "2019-09-12"),
        ("It happened on Sep. 3, 2019.", "Sep. 3, 2019", "2019-09-03"),
        ("Karkauspäivä 29.2.2020.", "29.2.2020", "2020-02-29"),
        ("Se oli 24. joulukuuta.", "24. joulukuuta", "--12-24"),
        ("It was March 12 then.", "March 12", "--03-12"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .date, in: text, needle, entity: entity)
    }

    @Test func generalisedToYearAndMonth() {
        let d = CodeDetectorTesting.expectOne(detector, .date, in: "Se tapahtui 12.3.2019.", "12.3.2019")
        #expect(d?.generalized == "2019")
        #expect(d?.subtype == "2019-03")
        #expect(d?.identifierClass == .quasi)
        let noYear = CodeDetectorTesting.expectOne(detector, .date, in: "Se oli 24. joulukuuta.", "24. joulukuuta")
        #expect(noYear?.generalized == nil)
        #expect(noYear?.subtype == nil)
    }

    @Test(arguments: [
        "Vuonna 2019 tapahtui paljon.", "Versio 1.2.3 julkaistiin.", "Kello oli 12.30.", "Pi on 3.14.",
        "Päivä 31.4.2019 ei ole olemassa.", "29.2.2019", "12.13.2019", "2019-13-01", "1.2.3.4", "v1.2.2019",
        "12.3.2019.5", "12.3.", "Se maksoi 12 markkaa.", "We may 5 times.", "12 may", "In March 2019 we moved.",
        "Hän oli 12 vuotta.", "1-2-19", "12/3", "Maaliskuussa 2019.", "12 mar", "March 32, 2019",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
