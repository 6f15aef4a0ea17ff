import Testing
import TestimonyRedaction

struct SchoolClassDetectorTests {
    let detector = SchoolClassDetector()

    @Test(arguments: [
        ("Olin silloin 5. luokalla.", "5. luokalla", "5"),
        ("Olin 5.luokalla.", "5.luokalla", "5"),
        ("Olin luokalla 5B koko vuoden.", "luokalla 5B", "5B"),
        ("Olin 5B-luokalla.", "5B-luokalla", "5B"),
        ("Olin viidennellä luokalla.", "viidennellä luokalla", "5"),
        ("Koulussa olin luokassa 7C.", "luokassa 7C", "7C"),
        ("Koulussa meidän 7B oli paras.", "7B", "7B"),
        ("Jag gick i årskurs 7 då.", "årskurs 7", "7"),
        ("Jag gick i åk 9.", "åk 9", "9"),
        ("Jag gick i klass 7B.", "klass 7B", "7B"),
        ("Jag gick i 7:e klass.", "7:e klass", "7"),
        ("I was in 7th grade.", "7th grade", "7"),
        ("I was in grade 7.", "grade 7", "7"),
        ("Year 9 was hard.", "Year 9", "9"),
        ("I was in year 9.", "year 9", "9"),
        ("Our class 5A teacher.", "class 5A", "5A"),
    ])
    func finds(text: String, needle: String, entity: String) {
        CodeDetectorTesting.expectOne(detector, .schoolClass, in: text, needle, entity: entity)
        #expect(CodeDetectorTesting.detections(detector, text).first?.generalized == "school class")
    }

    @Test(arguments: [
        "Olimme samalla luokalla 5 vuotta.", "Meillä oli 5B-rappu.", "Hänellä on 7B kenkäkoko.", "3D-elokuva koulussa.",
        "5G verkko koulussa.", "Vuonna 2019 koulussa.", "Hän oli 12 vuotta.", "year 2019", "The year 9 times",
        "grade 15", "Kello 5. Luokittelu", "class 5", "14B koulussa",
    ])
    func ignores(_ text: String) {
        CodeDetectorTesting.expectNone(detector, in: text)
    }
}
