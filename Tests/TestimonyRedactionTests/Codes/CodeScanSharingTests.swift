import Foundation
import Testing
@testable import TestimonyRedaction
import TestimonyTestSupport

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

    static let scanners: [any WordStartScanning] = [
        AgeDetector(), CaseNumberDetector(), DateDetector(), PostalCodeDetector(), SchoolClassDetector(), URLDetector(), StreetAddressDetector(),
        UKPlateDetector(), PaymentCardDetector(), FinnishHetuDetector(), VehiclePlateDetector(), UKNationalInsuranceDetector(),
    ]

    /// Pieces of every shape the word-start detectors look for, and near misses.
    static let pieces = [
        "Hämeenkatu 12 B 4", "well-Kadunkatu 3", "Itä-Pasilantie 5", "pohjois-Hämeenkatu 7", "Vanha Koulutie 3 as. 5", "Storgatan 12 lgh 1102",
        "12 Baker Street", "221B Baker St", "http://x.fi/a", "https://www.example.com/sivu:lla", "www.example.com", "Example.COM", "esim.fi",
        "discord.gg/abc", "t.me/nimi", "my-.fi", "oma-sivu.fi", "h", "H-", "hh.", "twelve years old", "12-year-old", "aged 12", "age of twelve", "kahdeksanvuotias",
        "tolvåring", "12 år gammal", "12-vuotias", "case number 2021/55", "Case no: AB-1234", "R 21/1234", "R21/1234", "B 1234-21",
        "5500/R/12345/21", "5000-K123456-21", "diaarinumero 123/2020", "Dnr 12-345", "AB 12 34 56 C", "QQ123456C", "AB12 CDE", "KCY 482P",
        "A123 BCD", "ABC-123", "ABC 123", "ÅÄÖ-12", "XYZ12A", "4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005",
        "131052-308T", "010101A123B", "00100 Helsinki", "SE-123 45 Stockholm", "FI-33100 TAMPERE", "SW1A 1AA", "M1 1AE", "12.3.2019",
        "2019-03-12", "March 12, 2019", "Mar. 12th 2019", "12th of March 2019", "12. maaliskuuta", "luokalla 5B", "5. luokalla", "Year 9",
        "in year 9", "7th grade", "årskurs 7", "åk 9", "klass 7B", "7:e klass", "5A school", "viidennellä luokalla", "Éva-Öberg",
    ]

    /// Scalars of every class the shared facts tell apart: lower, upper and uncased letters, digits, ".", "-", other dashes, spaces.
    static let alphabet: [Unicode.Scalar] = [
        "a", "h", "t", "w", "A", "H", "B", "R", "Å", "ä", "é", "Ω", "ω", "ß", "ª", "中", "1", "0", "4", "9", " ", " ", ".", "-", "\u{2013}",
        "/", ":", "+", "@", "_", "\n", ",", "\u{00A0}",
    ]

    /// Seeded random texts: pieces and runs of `alphabet`, glued or joined by a space, a dash, a dot or nothing.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        var g = SeededGenerator(seed: seed)
        let joiners = ["", " ", " ", "-", ".", ", ", "\u{2013}", "/"]
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<(1 + Int(g.next() % 8)) {
                if g.next() % 2 == 0 {
                    text += pieces[Int(g.next() % UInt64(pieces.count))]
                } else {
                    for _ in 0..<(1 + Int(g.next() % 7)) { text.unicodeScalars.append(alphabet[Int(g.next() % UInt64(alphabet.count))]) }
                }
                text += joiners[Int(g.next() % UInt64(joiners.count))]
            }
            return text
        }
    }

    /// A phrase for every word the shared starts' first-letter tests must let through: case-number cues, English
    /// months, number words and the words a school class may start with, lowercase, capitalised and in capitals.
    static func tablePhrases() -> [String] {
        func string(_ scalars: [UInt32]) -> String {
            var out = ""
            for v in scalars { out.unicodeScalars.append(Unicode.Scalar(v)!) }
            return out
        }
        var phrases: [String] = []
        for cue in CaseNumberDetector.cues {
            phrases.append(string(cue.word) + (cue.next.first.map { " " + string($0) } ?? "") + ": 1234/21")
        }
        for month in DateDetector.englishMonths.keys { phrases += [month + " 12, 2019", month + ". 3rd", "12 " + month + " 2019"] }
        for word in AgeDetector.numberWords.keys {
            phrases += [word + " years old", word + " vuotta vanha", word + "-åring", word + " år gammal", word + "vuotias", "age " + word]
        }
        for word in SchoolClassDetector.wordFirstWords { phrases += [string(word) + " 5B", string(word) + "llä luokalla", string(word) + " 7"] }
        return phrases.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst(), $0.uppercased()] }
    }

    @Test func sharedWordStartsFindTheSame() throws {
        for text in try Self.texts() + Self.tablePhrases() + Self.randomTexts(count: 4000, seed: 8) {
            let analyzed = AnalyzedText(text)
            let starts = CodeScan.wordStarts(analyzed.scalars)
            for scanner in Self.scanners {
                #expect(scanner.detect(in: analyzed, wordStarts: starts) == scanner.detect(in: analyzed), "\(scanner.name): \(text.prefix(60))")
            }
        }
    }

    /// The facts of the shared walk are what their definitions say, read scalar by scalar.
    @Test func wordStartFactsAreRight() throws {
        for text in try Self.texts() + Self.tablePhrases() + Self.randomTexts(count: 2000, seed: 9) {
            let sc = AnalyzedText(text).scalars
            let starts = CodeScan.wordStarts(sc)
            let all = sc.indices.filter { CodeScan.isAlnum(sc[$0]) && CodeScan.boundaryBefore(sc, $0) }
            let entries: [WordStarts.Entry] = all.map { i in
                let end = CodeScan.alnumRunEnd(sc, i)
                var fact: UInt8 = 0
                if CodeScan.isDigit(sc[i]) { fact |= WordStarts.Fact.digitFirst }
                if !CodeScan.isDigit(sc[i]), CodeScan.isUpper(sc[i]) { fact |= WordStarts.Fact.capitalFirst }
                if (i..<end).contains(where: { CodeScan.isDigit(sc[$0]) }) { fact |= WordStarts.Fact.hasDigit }
                if end < sc.count, sc[end] == "." || sc[end] == "-" { fact |= WordStarts.Fact.dotOrHyphenAfter }
                if end < sc.count, sc[end] == ":" { fact |= WordStarts.Fact.colonAfter }
                if end + 1 < sc.count, CodeScan.isDash(sc[end]), CodeScan.isLetter(sc[end + 1]) { fact |= WordStarts.Fact.dashLetterAfter }
                if end + 1 < sc.count, CodeScan.isSpace(sc[end]), CodeScan.isDigit(sc[end + 1]) { fact |= WordStarts.Fact.spaceDigitAfter }
                var head = WordStarts.noHead
                if i + 2 < sc.count {
                    let lowered = (i...(i + 2)).map { CodeScan.lower(sc[$0]) }
                    if lowered.allSatisfy({ $0 < 0x400 }) { head = lowered[0] * 0x100000 + lowered[1] * 0x400 + lowered[2] }
                }
                return WordStarts.Entry(start: i, end: end, head: head, fact: fact)
            }
            #expect(starts.entries == entries, "\(text.prefix(60))")
            #expect(starts.digits == all.indices.filter { CodeScan.isDigit(sc[all[$0]]) })
            #expect(starts.capitals == all.indices.filter { !CodeScan.isDigit(sc[all[$0]]) && CodeScan.isUpper(sc[all[$0]]) })
            #expect(starts.digitsOrCapitals == all.indices.filter { CodeScan.isDigit(sc[all[$0]]) || CodeScan.isUpper(sc[all[$0]]) })
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
