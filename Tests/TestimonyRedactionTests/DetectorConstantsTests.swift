import Testing
@testable import TestimonyRedaction

/// Token heads written out as literals in the detectors (so they need no lazy initialisation per
/// access) are the heads of the words they stand for.
@Suite struct DetectorConstantsTests {
    @Test func writtenOutHeadsMatchTheirWords() {
        #expect(GradeWordDetector.iHead == Gazetteer.head("i"))
        #expect(GradeWordDetector.gradHead == Gazetteer.head("grade"))
        #expect(InstitutionDetector.stHead == Gazetteer.head("st"))
        #expect(InstitutionDetector.saintHead == Gazetteer.head("saint"))
    }

    @Test func swedishGradeWordsEndInTheFilteredByte() {
        for word in GradeWordDetector.swedish.keys { #expect(UInt32(word.utf8.last ?? 0) == GradeWordDetector.nByte, "\(word)") }
    }
}
