import Foundation
import TestimonyTestSupport
import Testing
@testable import TestimonyRedaction

/// The detectors that visit only the positions `CodeMarks` noted must find exactly what their old walks
/// over every scalar found (`FullWalkReference`): on the dev, held-out and trap texts, and on seeded random
/// texts dense in digits, separators, "@", ":", "_", capitals and pieces of real codes.
struct CodeMarksTests {
    /// Pieces the random texts are made of: single characters that trigger or stop the detectors, and
    /// fragments (valid or nearly valid) of the codes they look for.
    static let pieces: [String] = [
        "0", "1", "2", "4", "5", "7", "9", "12", "255", "2001", " ", " ", " ", "  ", ".", ".", ":", "::", "@", "_", "-", "+", "(", ")",
        "/", ",", "'", "%", "\u{00A0}", "\u{2013}", "\n", "A", "B", "F", "I", "S", "E", "G", "X", "a", "b", "c", "d", "e", "f", "x", "k",
        "ä", "Å", "é", "ß", "€", "$", "version ", "v", "the ", "Tel ", "word", "Name", "FI", "SE", "GB", "DE", "MT",
        "FI21 1234 5600 0007 85", "FI2112345600000785", "SE45 5000 0000 0583 9825 7466", "GB82 WEST 1234 5698 7654 32",
        "DE89370400440532013000", "NO93 8601 1117 947", "MT84MALT011000012345MTLCAST001S", "1234 ",
        "192.168.1.20", "10.0.0.1", "255.255.255.", "2001:DB8::1", "fe80::abcd", "::1", "::ffff:192.168.0.1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
        "+358 40 1234567", "040 123 4567", "(555) 123-4567", "555.123.4567", "+46 70 123 45 67", "0044 20 7946 0958", "070-123 45 67",
        "19121212-1212", "121212-1212", "121212+1212", "191212121212", "811218-9876", "701063-2383",
        "anna@example.com", "a.b@c.fi", "@emmi_k", "@name@server.tld", "mail me at x@", "emmi.k.2009", "Varjo_88", "lilla_moln",
        "lizzie_sk8s", "x_y", "1.5", "12/3", "12.3.2014", "10:30",
    ]

    static func randomText(_ g: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<Int.random(in: 1...60, using: &g) {
            text += pieces.randomElement(using: &g) ?? " "
        }
        return text
    }

    static func texts() throws -> [String] {
        var g = SeededGenerator(seed: 2026)
        let held = try String(contentsOf: DevSetTests.directory.appendingPathComponent("heldout.jsonl"), encoding: .utf8)
        let heldOut = try held.split(separator: "\n").map { try JSONDecoder().decode(GoldLine.self, from: Data($0.utf8)).text }
        return try CodeScanSharingTests.texts() + heldOut + pieces + (0..<6000).map { _ in randomText(&g) }
    }

    /// Each marks-driven detector against its old walk, and the detections found at all (so that the
    /// random texts do exercise matches, not only misses).
    @Test func marksFindWhatTheFullWalkFound() throws {
        let detectors: [(any MarkScanning, (AnalyzedText) -> [Detection])] = [
            (IPAddressDetector(), FullWalkReference.ip), (PhoneDetector(), FullWalkReference.phone),
            (IBANDetector(), FullWalkReference.iban), (SwedishPersonnummerDetector(), FullWalkReference.personnummer),
            (EmailDetector(), FullWalkReference.email), (HandleDetector(), FullWalkReference.handle),
            (UsernameDetector(), FullWalkReference.username),
        ]
        var found: [String: Int] = [:]
        for text in try Self.texts() {
            let analyzed = AnalyzedText(text)
            let marks = CodeMarks(analyzed.scalars)
            for (detector, reference) in detectors {
                let expected = reference(analyzed)
                #expect(detector.detect(in: analyzed, marks: marks) == expected, "\(detector.name): \(text.debugDescription)")
                found[detector.name, default: 0] += expected.count
            }
        }
        for (detector, _) in detectors {
            #expect(found[detector.name, default: 0] >= 20, "\(detector.name) found only \(found[detector.name, default: 0])")
        }
    }

    /// The marks are what they say: every digit-run start, ":", "@" and "_", in order.
    @Test func marksListEveryTrigger() throws {
        for text in try Self.texts() {
            let sc = AnalyzedText(text).scalars
            let marks = CodeMarks(sc)
            #expect(marks.digitStarts == sc.indices.filter { CodeScan.isDigit(sc[$0]) && ($0 == 0 || !CodeScan.isDigit(sc[$0 - 1])) })
            #expect(marks.colons == sc.indices.filter { sc[$0] == ":" })
            #expect(marks.ats == sc.indices.filter { sc[$0] == "@" })
            #expect(marks.underscores == sc.indices.filter { sc[$0] == "_" })
        }
    }

    @Test func forEachOfBothVisitsTheUnionInOrder() {
        var g = SeededGenerator(seed: 11)
        for _ in 0..<500 {
            let a = Set((0..<Int.random(in: 0...12, using: &g)).map { _ in Int.random(in: 0..<30, using: &g) }).sorted()
            let b = Set((0..<Int.random(in: 0...12, using: &g)).map { _ in Int.random(in: 0..<30, using: &g) }).sorted()
            var seen: [Int] = []
            CodeMarks.forEachOfBoth(a, b) { seen.append($0) }
            #expect(seen == Set(a + b).sorted())
        }
    }
}
