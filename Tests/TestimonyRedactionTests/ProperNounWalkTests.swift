import Testing
import TestimonyTestSupport
@testable import TestimonyRedaction

/// The proper-noun word pass (eighth round): words it leaves out of the cache are words `classify` finds
/// nothing in, and the words the cache has not seen, classified after the walk, give what a warm cache gives.
@Suite struct ProperNounWalkTests {
    /// Seeded English chat: lowercase and capitalised first names of every length, short words, names
    /// after cues ("my friend", "hi").
    static func chat(seed: UInt64) -> String {
        var generator = SeededGenerator(seed: seed)
        let names = Gazetteer.shared.firstNames.filter { $0.utf8.count <= 6 && $0.allSatisfy(\.isLetter) }.sorted()
        let glue = ["and", "my friend", "hi", "told", "with", "the", "was", "in", "Mr", "so"]
        var words: [String] = []
        for k in 0..<600 {
            let name = names[Int(generator.next() % UInt64(names.count))]
            words.append(k % 3 == 0 ? name.prefix(1).uppercased() + name.dropFirst() : name)
            words.append(glue[Int(generator.next() % UInt64(glue.count))])
            if k % 17 == 0 { words.append(".\n" + (k % 2 == 0 ? "Yesterday" : name.prefix(1).uppercased() + name.dropFirst())) }
        }
        return words.joined(separator: " ")
    }

    @Test func everyWordClassifyFindsIsInADetection() {
        let detector = ProperNounDetector(language: .en, morphology: nil, gazetteer: Gazetteer.shared)
        let text = AnalyzedText(Self.chat(seed: 5))
        let detections = detector.detect(in: text)
        var found = 0
        for (i, token) in text.tokens.enumerated() where token.kind == .word && token.end - token.start >= 2 {
            guard detector.classify(token, index: i) != nil, !detector.partOfCode(text, token) else { continue }
            found += 1
            #expect(detections.contains { $0.start <= token.start && $0.end >= token.end }, "\(token.lower)")
        }
        #expect(found > 200)
    }

    @Test func coldCacheAsWarm() {
        for seed in [UInt64(1), 2, 3] {
            var gazetteer = Gazetteer.shared
            gazetteer.wordCache = WordCache()
            let detector = ProperNounDetector(language: .en, morphology: nil, gazetteer: gazetteer)
            let text = AnalyzedText(Self.chat(seed: seed))
            let cold = detector.detect(in: text)
            let warm = detector.detect(in: text)
            #expect(cold == warm)
            #expect(cold.count > 100)
        }
    }

    /// The word pass's quick glue test rules out only scalars `isGlue` rules out.
    @Test func quickGlueTestAsIsGlue() {
        var generator = SeededGenerator(seed: 11)
        let pieces = Array(" \n\t,.;:!?@_/-'’0123456789abcXYZäÖ#&()[]\"".unicodeScalars)
        var ruledOut = 0
        for _ in 0..<200 {
            let scalars = (0..<12).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }
            for i in -1...scalars.count where !ProperNounDetector.mayGlue(scalars, i) {
                ruledOut += 1
                #expect(!ProperNounDetector.isGlue(scalars, i), "\(i)")
            }
        }
        #expect(ruledOut > 300)
    }
}
