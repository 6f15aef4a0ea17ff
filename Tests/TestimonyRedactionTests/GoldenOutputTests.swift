import Foundation
import Testing
import TestimonyRedaction

/// Pins every span and redacted text the pipeline produces on the development and held-out sets, and on
/// a seeded mix of those texts with gazetteer names appended (what the speed benchmark redacts), as one
/// fingerprint. A speed-up must leave it unchanged; a deliberate change of output updates it (say so in
/// the commit). The fingerprint is not a quality measure: the floors in DevSetTests are.
@Suite("Golden redaction output")
struct GoldenOutputTests {
    /// FNV-1a over the serialised results (stable across runs and platforms, unlike `hashValue`).
    struct Fingerprint {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ text: String) {
            for byte in text.utf8 {
                value ^= UInt64(byte)
                value = value &* 0x0000_0100_0000_01B3
            }
            value ^= 0x0A
            value = value &* 0x0000_0100_0000_01B3
        }
    }

    static func serialised(_ result: RedactionResult) -> String {
        let spans = result.spans.map { s in
            "\(s.start),\(s.end),\(s.type.rawValue),\(s.identifierClass.rawValue),\(s.detector),\(s.confidence),\(s.replacement)"
        }
        return result.language.rawValue + "\t" + result.redacted + "\t" + spans.joined(separator: ";")
    }

    /// The development texts with three names from the gazetteer appended, chosen by a fixed generator.
    static func synthetic(_ lines: [GoldLine], rounds: Int) -> [(RedactionLanguage?, String)] {
        let gazetteer = Gazetteer.shared
        let names = Array(gazetteer.firstNames.union(gazetteer.lastNames)).sorted()
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var out: [(RedactionLanguage?, String)] = []
        for round in 0..<rounds {
            for line in lines {
                var text = line.text
                for k in 0..<3 {
                    let name = names[next(names.count)]
                    // capitalised, lowercase or with an English possessive, as chat and prose write names
                    switch (round + k) % 3 {
                    case 0: text += " \(name.capitalized). "
                    case 1: text += " \(name) "
                    default: text += " \(name.capitalized)'s "
                    }
                }
                out.append((round == 1 ? nil : line.lang, text))
            }
        }
        return out
    }

    @Test(.enabled(if: FinnishMorphology.shared != nil, "needs Voikko (voikko-fi)"))
    func outputIsUnchanged() throws {
        let dev = try DevSetTests.gold()
        let heldOut = try HeldOutTests.gold()
        var fingerprint = Fingerprint()
        for line in dev + heldOut {
            fingerprint.add(line.id + "\t" + Self.serialised(Redactor(language: line.lang, known: line.known ?? []).redact(line.text)))
        }
        for (language, text) in Self.synthetic(dev, rounds: 3) {
            fingerprint.add(Self.serialised(Redactor(language: language).redact(text)))
        }
        #expect(String(fingerprint.value, radix: 16) == "767f95e443c47a44")
    }
}
