import Testing
@testable import TestimonyRedaction
import TestimonyTestSupport

/// The in-place edits of the detection list in `Redactor.redact` (removing by offsets, trimming, merging
/// neighbours) give what the copying versions they replaced gave (`removeAll(where:)`, `compactMap` of a
/// trimmed copy, appending to a new array), on seeded random detections over a text with spaces, commas
/// and line breaks.
@Suite struct DetectionListEditTests {
    static let scalars = Array("Anna ja  Mikko, 33100 Tampere\n Virtanen , ,  x  y\n\nz 12".unicodeScalars)

    static func randomDetections(_ g: inout SeededGenerator) -> [Detection] {
        let n = Int(g.next() % 9)
        return (0..<n).map { k in
            let start = Int(g.next() % UInt64(scalars.count))
            let end = min(scalars.count, start + Int(g.next() % 8))
            return Detection(
                start: start, end: end, type: g.next() % 3 == 0 ? .place : .person, detector: "d\(k)",
                entity: g.next() % 2 == 0 ? "PERSON:a" : "PERSON:b", caseEnding: g.next() % 2 == 0 ? nil : "n\(k)")
        }.sorted { $0.start < $1.start }
    }

    /// The replaced versions, as they were.
    static func oldTrimmed(_ d: Detection, _ scalars: [Unicode.Scalar]) -> Detection? {
        var d = d
        while d.start < d.end, Redactor.isWhitespace(scalars[d.start]) || scalars[d.start] == "," { d.start += 1 }
        while d.end > d.start, Redactor.isWhitespace(scalars[d.end - 1]) || scalars[d.end - 1] == "," { d.end -= 1 }
        guard (d.start..<d.end).contains(where: { Tokenizer.isLetter(scalars[$0]) || Tokenizer.isDigit(scalars[$0]) }) else { return nil }
        return d
    }

    static func oldMerged(_ detections: [Detection], _ scalars: [Unicode.Scalar]) -> [Detection] {
        var out: [Detection] = []
        for d in detections {
            if let k = out.indices.last, d.start > out[k].end, d.start - out[k].end <= 2, out[k].type == d.type, out[k].entity == d.entity,
                (out[k].end..<d.start).allSatisfy({ scalars[$0] == " " || scalars[$0] == "\n" })
            {
                out[k].end = d.end
                out[k].caseEnding = d.caseEnding
            } else {
                out.append(d)
            }
        }
        return out
    }

    @Test func inPlaceEditsGiveWhatTheCopyingVersionsGave() {
        var g = SeededGenerator(seed: 42)
        for _ in 0..<3000 {
            let detections = Self.randomDetections(&g)
            var trimmed = detections
            Redactor.trim(&trimmed, Self.scalars)
            #expect(trimmed == detections.compactMap { Self.oldTrimmed($0, Self.scalars) })
            var merged = trimmed
            Redactor.mergeAdjacent(&merged, Self.scalars)
            #expect(merged == Self.oldMerged(trimmed, Self.scalars))
            let mask = g.next()
            var removed = detections
            Redactor.remove(&removed, at: detections.indices.filter { mask >> UInt64($0) & 1 == 1 })
            var expected = detections
            var k = -1
            expected.removeAll { _ in
                k += 1
                return mask >> UInt64(k) & 1 == 1
            }
            #expect(removed == expected)
        }
    }

    @Test func removingNothingOrEverything() {
        var g = SeededGenerator(seed: 7)
        var detections = Self.randomDetections(&g) + Self.randomDetections(&g)
        let all = detections
        Redactor.remove(&detections, at: [])
        #expect(detections == all)
        Redactor.remove(&detections, at: Array(detections.indices))
        #expect(detections.isEmpty)
    }
}
