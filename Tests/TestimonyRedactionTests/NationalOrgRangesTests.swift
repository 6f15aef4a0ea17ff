import Foundation
import Testing
import TestimonyTestSupport
@testable import TestimonyRedaction

/// `Gazetteer.nationalOrgRanges` drops a phrase's later word by its first bytes (`Gazetteer.mayBegin`)
/// before comparing Strings: it must find exactly the ranges the plain comparison found, on the dev and
/// held-out texts and on seeded random word sequences dense in national bodies, their inflections and
/// near misses.
struct NationalOrgRangesTests {
    static let words: [String] = [
        "the", "The", "THE", "crown", "Crown", "CROWN", "crowns", "Crown's", "Crown\u{2019}s", "crowd", "cro", "Kela", "Kelalle", "kelan", "Kelasta",
        "NHS", "NHS's", "nhs", "BBC", "BBC's", "Ylen", "Yleltä", "yle", "BUP:iin", "BRIS:in", "Bris", "svenska", "Svenska", "kyrkan", "kyrkans",
        "kyrka", "home", "Home", "office", "Office", "offices", "officer", "save", "Save", "children", "Children", "child", "victim", "Victim",
        "support", "supports", "garda", "Garda", "síochána", "Síochána", "Gardaí", "rädda", "Rädda", "barnen", "barn", "mannerheimin",
        "lastensuojeluliitto", "lastensuojeluliitolle", "crown prosecution", "Prosecution", "service", "Service", "services", "Samaritans",
        "Samaritansille", "childline", "Childline", "unicef", "UNICEF", "Ofsted", "Ofstedin", "we", "went", "to", "a", "Anna", "Mikko", "and",
        "the crown", "The Crown's", "the  crown", "svenska kyrkan", "Svenska kyrkans", "home office", "Home Office", "save the children",
        "Save the Children", "victim support", "garda síochána", "rädda barnen", "Rädda Barnen", "crown prosecution service",
    ]
    static let gaps = [" ", " ", " ", "  ", ", ", ". ", "\n", "-", " (", ") "]

    static func texts() throws -> [String] {
        var g = SeededGenerator(seed: 1913)
        var texts = try CodeMarksTests.texts()
        for _ in 0..<4000 {
            var text = ""
            for k in 0..<Int.random(in: 1...12, using: &g) {
                if k > 0 { text += gaps.randomElement(using: &g) ?? " " }
                text += words.randomElement(using: &g) ?? "the"
            }
            texts.append(text)
        }
        return texts
    }

    /// The function before the first-bytes test: every later word compared as a String.
    static func reference(_ gazetteer: Gazetteer, _ text: AnalyzedText) -> [(Int, Int)] {
        guard !gazetteer.nationalOrgs.isEmpty else { return [] }
        var ranges: [(Int, Int)] = []
        let tokens = text.tokens
        for i in tokens.indices where tokens[i].kind == .word && gazetteer.nationalOrgHeads.contains(tokens[i].head) {
            let first = tokens[i].lower
            var phrases = gazetteer.nationalOrgPhrases.value(head: tokens[i].head, tail: tokens[i].tail, lower: first)
            if phrases == nil, tokens[i].isCapitalized {
                for ending in Gazetteer.nationalOrgEndings where first.hasSuffix(ending) && first.count > ending.count + 1 {
                    if let found = gazetteer.nationalOrgs[String(first.dropLast(ending.count))]?.filter({ $0.count == 1 }), !found.isEmpty {
                        phrases = found
                        break
                    }
                }
            }
            guard let phrases else { continue }
            for words in phrases where i + words.count <= tokens.count {
                var matched = true
                for (k, word) in words.enumerated() {
                    if k > 0, tokens[i + k].start - tokens[i + k - 1].end > 1 { matched = false; break }
                    if tokens[i + k].lower == word { continue }
                    if k == words.count - 1, k > 0 || tokens[i + k].isCapitalized,
                        gazetteer.nationalOrgForms[word]?.contains(tokens[i + k].lower) == true
                    {
                        continue
                    }
                    if k == 0, words.count == 1 { continue }
                    matched = false
                    break
                }
                if matched {
                    ranges.append((tokens[i].start, tokens[i + words.count - 1].end))
                    break
                }
            }
        }
        return ranges
    }

    @Test func sameRangesAsComparingEveryWord() throws {
        let gazetteer = Gazetteer.shared
        var found = 0
        var multiWord = 0
        for text in try Self.texts() {
            let analyzed = AnalyzedText(text)
            let ranges = gazetteer.nationalOrgRanges(in: analyzed)
            let expected = Self.reference(gazetteer, analyzed)
            #expect(ranges.map { [$0.0, $0.1] } == expected.map { [$0.0, $0.1] }, "\(text.debugDescription)")
            found += expected.count
            multiWord += expected.filter { r in analyzed.tokens.filter { $0.start >= r.0 && $0.end <= r.1 }.count > 1 }.count
        }
        #expect(found >= 500 && multiWord >= 100, "\(found) ranges, \(multiWord) of several words")
    }

    @Test func mayBeginComparesUpToFourBytes() {
        for (word, lower, expected) in [
            ("crown", "crowns", true), ("crown", "crowd", true), ("crown", "crew", false), ("nhs", "nhs's", true), ("nhs", "nh", false),
            ("yle", "ylen", true), ("yle", "yl", false), ("síochána", "síochánan", true), ("síochána", "siochana", false), ("a", "b", false),
        ] {
            #expect(Gazetteer.mayBegin(Gazetteer.head(lower), with: word) == expected, "\(word) / \(lower)")
        }
    }
}
