import Testing
import TestimonyRedaction

struct CodeDetectorsTests {
    @Test func listHasEveryDetectorOnce() {
        let names = CodeDetectors.all.map(\.name)
        #expect(Set(names) == [
            "email", "url", "handle", "phone", "fi-hetu", "se-personnummer", "iban", "card", "ip", "plate",
            "case-number", "address", "postal-code", "date", "age", "school-class",
        ])
        #expect(names.count == 16)
    }

    @Test(arguments: CodeDetectorTesting.traps)
    func trapsAreNotFlagged(_ text: String) {
        for detector in CodeDetectors.all {
            let found = CodeDetectorTesting.detections(detector, text)
            #expect(found.isEmpty, "\(detector.name): \(CodeDetectorTesting.describe(found, in: text))")
        }
    }

    @Test func emptyAndTinyInputs() {
        for detector in CodeDetectors.all {
            for text in ["", "a", "1", "@", "+", "(", "::", "-", "12", "A-", "1.", "@@", "http://"] {
                #expect(CodeDetectorTesting.detections(detector, text).isEmpty, "\(detector.name) on \"\(text)\"")
            }
        }
    }

    @Test func offsetsAreInNormalisedScalars() {
        // A zero-width space and a decomposed "ä" before the e-mail shift original offsets, not normalised ones.
        let text = "Ha\u{0308}n\u{200B} kirjoitti anna@example.fi"
        let analyzed = AnalyzedText(text)
        let found = EmailDetector().detect(in: analyzed)
        #expect(found.count == 1)
        if let d = found.first { #expect(analyzed.text(d.start, d.end) == "anna@example.fi") }
    }

    /// Adversarial inputs (long runs of one character class) finish quickly: no quadratic rescans.
    @Test func pathologicalInputsStayLinear() {
        let inputs = [
            String(repeating: "@", count: 20_000), String(repeating: "a@", count: 10_000),
            String(repeating: "1", count: 20_000), String(repeating: "1 ", count: 10_000),
            String(repeating: "1.", count: 10_000), String(repeating: "a.", count: 10_000),
            String(repeating: "AB ", count: 7_000), String(repeating: ":", count: 20_000),
            String(repeating: "ab:", count: 7_000), String(repeating: "Koulutie ", count: 2_000),
            String(repeating: "5A ", count: 7_000), String(repeating: "12 ", count: 7_000),
        ]
        let clock = ContinuousClock()
        for text in inputs {
            let analyzed = AnalyzedText(text)
            for detector in CodeDetectors.all {
                let elapsed = clock.measure { _ = detector.detect(in: analyzed) }
                #expect(elapsed < .seconds(2), "\(detector.name) took \(elapsed) on \(text.prefix(6))…")
            }
        }
    }

    @Test func sameValueSameEntityAcrossForms() {
        let phone = PhoneDetector()
        let a = CodeDetectorTesting.detections(phone, "Soita 040 123 4567 tai +358 40 1234567.")
        #expect(a.count == 2)
        #expect(Set(a.map(\.entity)).count == 1)
        let email = CodeDetectorTesting.detections(EmailDetector(), "Anna.V@Example.fi ja anna.v@example.fi")
        #expect(email.count == 2)
        #expect(Set(email.map(\.entity)) == ["anna.v@example.fi"])
    }
}
