import Testing
import TestimonyTestSupport
@testable import TestimonyRedaction

/// The first tests put in front of list lookups (eighth round) answer exactly what the lists answer: every
/// listed word passes them, also after a list is replaced, and the shortcuts around them give the slow
/// path's answers on seeded mixes of listed words, near misses and inflections.
@Suite struct ListFilterTests {
    /// Listed words, each also with a letter added, dropped or changed, and uppercased.
    static func variants(_ words: some Sequence<String>) -> [String] {
        var out: [String] = []
        for word in words {
            out += [word, word + "s", word + "n", "x" + word, String(word.dropLast()), String(word.dropFirst()), word.uppercased(), word + "ssa"]
        }
        return out
    }

    @Test func trapsAndNicknamesAsTheSetsSay() {
        let gazetteer = Gazetteer.shared
        #expect(!gazetteer.trapWords.isEmpty && !gazetteer.nicknames.isEmpty)
        for word in Self.variants(gazetteer.trapWords.sorted()) where gazetteer.trapWords.contains(word) {
            let trap = gazetteer.isTrap(word)
            #expect(trap, "\(word)")
        }
        for language in RedactionLanguage.allCases {
            let names = gazetteer.nicknames[language] ?? []
            for word in Self.variants(names.sorted().prefix(400)) {
                let fast = gazetteer.isNickname(word, language: language)
                let anyLanguage = gazetteer.isNickname(word, language: nil)
                #expect(fast == names.contains(word), "\(word)")
                #expect(anyLanguage == gazetteer.nicknames.values.contains { $0.contains(word) }, "\(word)")
            }
        }
    }

    @Test func trapByTokenKeysAsByString() {
        let gazetteer = Gazetteer.shared
        let words = Self.variants(gazetteer.trapWords.sorted() + gazetteer.countries.sorted().map { $0 + "issa" } + ["Suominen", "Snapchatissa", "Ruotsiin"])
        let text = AnalyzedText(words.joined(separator: " "))
        var traps = 0
        for token in text.tokens where token.kind == .word {
            let byString = gazetteer.isTrap(token.lower)
            #expect(gazetteer.isTrap(token) == byString, "\(token.lower)")
            if byString { traps += 1 }
        }
        #expect(traps > 300)
    }

    @Test func filtersFollowReplacedLists() {
        var gazetteer = Gazetteer.shared
        gazetteer.nicknames[.en] = ["zqxnick"]
        let nickname = gazetteer.isNickname("zqxnick", language: .en)
        let otherLanguage = gazetteer.isNickname("zqxnick", language: .sv)
        gazetteer.capitalisedCommon.insert("zqxtrapword")
        let trapWord = gazetteer.isTrap("zqxtrapword")
        gazetteer.countries.insert("qzxland")
        let country = gazetteer.isTrap("qzxland")
        #expect(nickname && !otherLanguage && trapWord && country)
    }

    /// The event heads as `headMatch` found them before each form was compared only with the heads of
    /// its tail.
    static func slowHeadMatch(_ lower: String) -> (String, Bool)? {
        guard EventDetector.headTails.contains(WordKey.tail(lower)) else { return nil }
        if let head = EventDetector.heads.first(where: { lower == $0 }) { return (head, false) }
        if let head = EventDetector.heads.first(where: { lower.hasSuffix($0) && lower.count > $0.count + 2 }) { return (head, true) }
        return nil
    }

    @Test func eventHeadsAsEveryHeadWasTried() {
        var generator = SeededGenerator(seed: 8)
        let heads = EventDetector.heads
        var words = Self.variants(heads) + heads.map { "kevät" + $0 } + heads.map { "Summer" + $0 } + heads.map { "ab" + $0 }
        for _ in 0..<400 {
            let a = heads[Int(generator.next() % UInt64(heads.count))]
            let b = heads[Int(generator.next() % UInt64(heads.count))]
            words.append(a + b)
            words.append(String(a.prefix(Int(generator.next() % 4))) + b)
        }
        let detector = EventDetector(language: .en, morphology: nil)
        var found = 0
        for word in words {
            let tokens = AnalyzedText(word).tokens
            guard tokens.count == 1 else { continue }
            let fast = detector.headMatch(tokens, 0)
            let slow = Self.slowHeadMatch(tokens[0].lower)
            #expect(fast?.0 == slow?.0 && fast?.1 == slow?.1, "\(word)")
            if slow != nil { found += 1 }
        }
        #expect(found > 300)
    }

    @Test func hitsInTokenOrderAsSorted() {
        var generator = SeededGenerator(seed: 3)
        for round in 0..<200 {
            let count = Int(generator.next() % 12)
            var indices = (0..<count).map { _ in Int(generator.next() % 40) }
            if round % 2 == 0 { indices.sort() }
            let hits = indices.enumerated().map { k, index in
                ProperNounDetector.Hit(index: index, type: .person, base: "w\(k)", confidence: 0.5, detector: "test")
            }
            let expected = hits.sorted { $0.index < $1.index }
            let got = ProperNounDetector.inTokenOrder(hits)
            #expect(got.map(\.index) == expected.map(\.index) && got.map(\.base) == expected.map(\.base))
        }
    }
}
