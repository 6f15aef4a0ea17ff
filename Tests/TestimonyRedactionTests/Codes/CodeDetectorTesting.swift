import Testing
import TestimonyRedaction

/// Helpers for the code and contact detector tests: offsets are computed from the strings, never typed.
enum CodeDetectorTesting {
    /// Scalar offsets (into the normalised scalars) of the `occurrence`-th `needle` in `text`.
    static func span(of needle: String, in text: String, occurrence: Int = 0) -> (start: Int, end: Int)? {
        let haystack = AnalyzedText(text).scalars
        let pattern = AnalyzedText(needle).scalars
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return nil }
        var seen = 0
        for start in 0...(haystack.count - pattern.count) where haystack[start..<(start + pattern.count)].elementsEqual(pattern) {
            if seen == occurrence { return (start, start + pattern.count) }
            seen += 1
        }
        return nil
    }

    static func detections(_ detector: any Detector, _ text: String) -> [Detection] {
        detector.detect(in: AnalyzedText(text))
    }

    static func describe(_ found: [Detection], in text: String) -> String {
        let analyzed = AnalyzedText(text)
        return found.map { "\($0.start)..<\($0.end) \"\(analyzed.text($0.start, $0.end))\" → \($0.entity)" }
            .joined(separator: ", ")
    }

    /// Expects exactly one detection in `text`, covering exactly `needle`, and returns it.
    @discardableResult
    static func expectOne(
        _ detector: any Detector, _ type: SpanType, in text: String, _ needle: String, entity: String? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> Detection? {
        guard let span = span(of: needle, in: text) else {
            Issue.record("\"\(needle)\" is not in \"\(text)\"", sourceLocation: sourceLocation)
            return nil
        }
        let found = detections(detector, text)
        #expect(found.count == 1, "in \"\(text)\": \(describe(found, in: text))", sourceLocation: sourceLocation)
        guard let d = found.first(where: { $0.start == span.start && $0.end == span.end }) else {
            Issue.record(
                "expected \"\(needle)\" (\(span.start)..<\(span.end)) in \"\(text)\", got \(describe(found, in: text))",
                sourceLocation: sourceLocation)
            return nil
        }
        #expect(d.type == type, sourceLocation: sourceLocation)
        #expect(d.detector == detector.name, sourceLocation: sourceLocation)
        #expect(d.confidence > 0 && d.confidence <= 1, sourceLocation: sourceLocation)
        if let entity { #expect(d.entity == entity, sourceLocation: sourceLocation) }
        return d
    }

    /// Expects nothing found in `text`.
    static func expectNone(_ detector: any Detector, in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = detections(detector, text)
        #expect(found.isEmpty, "in \"\(text)\": \(describe(found, in: text))", sourceLocation: sourceLocation)
    }

    /// Trap words and shapes that no code detector may flag.
    static let traps = [
        "Vuonna 2019 tapahtui paljon.", "Se maksoi 1 500 euroa.", "Hinta oli 12,50 €.", "Kello oli 12.30.",
        "Versio 1.2.3 julkaistiin.", "COVID-19 muutti kaiken.", "Kuuntelin MP3-soitinta.", "Paperi oli A-4 kokoa.",
        "Det kostade 1 500 kronor.", "In 1998 we moved.", "It cost $1,500.", "Meeting at 10:30.",
        "Olin siellä 12 vuotta.", "Jag bodde där i 5 år.", "He stayed for 7 years.",
    ]
}
