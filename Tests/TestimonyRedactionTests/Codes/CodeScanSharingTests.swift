import Foundation
import Testing
@testable import TestimonyRedaction

/// The pipeline's shortcuts for the code detectors must not change what they find: the shared list of
/// word starts gives the same detections as each detector's own walk, and a detector skipped by the
/// prefilter would have found nothing.
struct CodeScanSharingTests {
    static func texts() throws -> [String] {
        let text = try String(contentsOf: DevSetTests.directory.appendingPathComponent("dev.jsonl"), encoding: .utf8)
        let dev = try text.split(separator: "\n").map { try JSONDecoder().decode(GoldLine.self, from: Data($0.utf8)).text }
        return dev + CodeDetectorTesting.traps + [
            "Olin kaksitoista, kun muutimme.", "jag gick i åttan då", "she was twelve years old", "mail me at a@b", "see http://localhost",
            "fe80::abcd is v6", "lilla_moln skrev", "no digits here at all",
        ]
    }

    @Test func sharedWordStartsFindTheSame() throws {
        let scanners: [any WordStartScanning] = [
            AgeDetector(), CaseNumberDetector(), DateDetector(), PostalCodeDetector(), SchoolClassDetector(), URLDetector(), StreetAddressDetector(),
            UKPlateDetector(), PaymentCardDetector(), FinnishHetuDetector(), VehiclePlateDetector(), UKNationalInsuranceDetector(),
        ]
        for text in try Self.texts() {
            let analyzed = AnalyzedText(text)
            let starts = CodeScan.wordStarts(analyzed.scalars)
            for scanner in scanners {
                #expect(scanner.detect(in: analyzed, wordStarts: starts) == scanner.detect(in: analyzed), "\(scanner.name): \(text.prefix(60))")
            }
        }
    }

    @Test func skippedDetectorsWouldFindNothing() throws {
        let detectors = CodeDetectors.all + [UsernameDetector(), UKNationalInsuranceDetector(), UKPlateDetector()]
        for text in try Self.texts() {
            // Every sentence of the text on its own, so that many pieces lack digits, "@" or ".".
            for piece in text.split(whereSeparator: { $0 == "." || $0 == "\n" }).map(String.init) + [text] {
                let analyzed = AnalyzedText(piece)
                let features = CodePrefilter.of(analyzed.scalars)
                for detector in detectors where features.isDisjoint(with: CodePrefilter.requirement(of: detector.name)) {
                    #expect(detector.detect(in: analyzed).isEmpty, "\(detector.name) skipped on \(piece.prefix(60))")
                }
            }
        }
    }
}
