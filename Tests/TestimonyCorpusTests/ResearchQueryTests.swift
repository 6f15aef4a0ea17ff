import Foundation
import Testing
@testable import TestimonyCorpus
import TestimonyTestSupport

@Suite struct ResearchQueryTests {
    static let excerpts = [
        ResearchFixture.excerpt(
            "ex-a", question: "wh_narrative", language: "en", themes: ["what_happened", "disclosure"],
            metadata: ["ay_age_band": "25-44", "ay_region": "nordic"], text: "I told my teacher and she listened."),
        ResearchFixture.excerpt(
            "ex-b", question: "im_support", language: "fi", themes: ["support"], quotable: true,
            metadata: ["ay_age_band": "45-64", "ay_region": "nordic"], text: "Opettaja kuunteli minua. Sain apua [PLACE 1]ssä."),
        ResearchFixture.excerpt(
            "ex-c", question: "wh_narrative", language: "sv", template: "damages-impact", themes: ["what_happened"],
            metadata: ["ay_age_band": "25-44", "ay_region": "other"], text: "Vi flyttade till [PLACE 1] och skolan gick bättre."),
        ResearchFixture.excerpt(
            "ex-d", question: "im_support", language: "en", themes: ["support", "disclosure"],
            metadata: ["ay_age_band": "18-24"], text: "Much later a counsellor helped me. The café near school, \"quiet\", was safe."),
    ]

    func ids(_ filter: CorpusFilter, limit: Int? = nil) throws -> [String] {
        let fixture = ResearchFixture()
        fixture.writeExcerpts(Self.excerpts)
        fixture.writeResponses([])
        fixture.writeCodebook([])
        var sink = ResearchFixture.Sink()
        let count = try CorpusQuery.run(directory: fixture.url, filter: filter, format: .jsonl, limit: limit, output: &sink)
        let lines = sink.text.split(separator: "\n")
        #expect(lines.count == count)
        return try lines.map { try JSONDecoder().decode(ReleasedExcerpt.self, from: Data($0.utf8)).excerptID }
    }

    @Test func eachFieldFilter() throws {
        #expect(try ids(.init()) == ["ex-a", "ex-b", "ex-c", "ex-d"])
        #expect(try ids(.init(questions: ["im_support"])) == ["ex-b", "ex-d"])
        #expect(try ids(.init(questions: ["im_support", "wh_narrative"])) == ["ex-a", "ex-b", "ex-c", "ex-d"])
        #expect(try ids(.init(languages: ["fi", "sv"])) == ["ex-b", "ex-c"])
        #expect(try ids(.init(templates: ["damages-impact"])) == ["ex-c"])
        #expect(try ids(.init(themes: ["disclosure"])) == ["ex-a", "ex-d"])
        var byMetadata = CorpusFilter()
        try byMetadata.addMetadata("ay_age_band=25-44")
        #expect(try ids(byMetadata) == ["ex-a", "ex-c"])
        try byMetadata.addMetadata("ay_region=nordic")
        #expect(try ids(byMetadata) == ["ex-a"])
        try byMetadata.addMetadata("ay_age_band=45-64")
        #expect(try ids(byMetadata) == ["ex-a", "ex-b"])
        var missingKey = CorpusFilter()
        try missingKey.addMetadata("ay_region=nordic")
        #expect(try ids(missingKey) == ["ex-a", "ex-b"])
        #expect(try ids(.init(languages: ["en"], themes: ["support"])) == ["ex-d"])
        #expect(throws: CorpusResearchError.self) { try missingKey.addMetadata("no-equals") }
    }

    @Test func limitAndCount() throws {
        #expect(try ids(.init(), limit: 2) == ["ex-a", "ex-b"])
        #expect(try ids(.init(), limit: 0) == [])
        let fixture = ResearchFixture()
        fixture.writeExcerpts(Self.excerpts)
        fixture.writeResponses([])
        fixture.writeCodebook([])
        var sink = ResearchFixture.Sink()
        let count = try CorpusQuery.run(directory: fixture.url, filter: .init(themes: ["support"]), format: .count, output: &sink)
        #expect(count == 2)
        #expect(sink.text == "2\n")
    }

    @Test func searchTermsAndPhrases() throws {
        #expect(try CorpusFilter.searchTerms(#"teacher "she listened"  x"#) == ["teacher", "she listened", "x"])
        #expect(throws: CorpusResearchError.self) { _ = try CorpusFilter.searchTerms(#"open "quote"#) }
        var filter = CorpusFilter()
        try filter.addSearch(#""she listened""#)
        #expect(try ids(filter) == ["ex-a"])
        filter = CorpusFilter()
        try filter.addSearch(#""listened she""#)
        #expect(try ids(filter) == [])
        filter = CorpusFilter()
        try filter.addSearch("TEACHER listened")
        #expect(try ids(filter) == ["ex-a"])
        filter = CorpusFilter()
        try filter.addSearch("teacher counsellor")
        #expect(try ids(filter) == [], "all terms must match")
        // Search sees the text only, not ids, questions or metadata.
        filter = CorpusFilter()
        try filter.addSearch("nordic")
        #expect(try ids(filter) == [])
    }

    @Test func searchIgnoresCaseNormalisationAndDiacritics() throws {
        let nfd = "cafe\u{301}"  // "café" decomposed
        #expect(try ids(.init(terms: [nfd])) == ["ex-d"])
        #expect(try ids(.init(terms: ["CAFÉ"])) == ["ex-d"])
        #expect(try ids(.init(terms: ["cafe"])) == ["ex-d"])
        #expect(try ids(.init(terms: ["battre"])) == ["ex-c"], "ä matches a by default")
        #expect(try ids(.init(terms: ["BÄTTRE"])) == ["ex-c"])
        #expect(try ids(.init(terms: ["battre"], foldsDiacritics: false)) == [])
        #expect(try ids(.init(terms: ["bätt\u{0065}\u{0301}"], foldsDiacritics: false)) == [])
        #expect(try ids(.init(terms: ["BA\u{308}TTRE"], foldsDiacritics: false)) == ["ex-c"], "NFD ä equals NFC ä")
        #expect(try ids(.init(terms: ["[place 1]ssa"])) == ["ex-b"])
    }

    @Test func jsonlOutputIsTheSortedKeyLine() throws {
        let fixture = ResearchFixture()
        fixture.writeExcerpts(Self.excerpts)
        fixture.writeResponses([])
        fixture.writeCodebook([])
        var sink = ResearchFixture.Sink()
        try CorpusQuery.run(directory: fixture.url, filter: .init(questions: ["wh_narrative"]), format: .jsonl, output: &sink)
        #expect(sink.text == ResearchFixture.line(Self.excerpts[0]) + "\n" + ResearchFixture.line(Self.excerpts[2]) + "\n")
        #expect(sink.text.hasPrefix(#"{"excerpt_id":"ex-a","language":"en","metadata":{"ay_age_band":"25-44""#))
    }

    @Test func csvOutputRoundTrips() throws {
        let tricky = ResearchFixture.excerpt(
            "ex-q", themes: ["a", "b"], quotable: true, metadata: ["z": "1", "a": "2"],
            text: "Line one, with a comma\nand \"quotes\" on line two ")
        let fixture = ResearchFixture()
        fixture.writeExcerpts(Self.excerpts + [tricky])
        fixture.writeResponses([])
        fixture.writeCodebook([])
        var sink = ResearchFixture.Sink()
        try CorpusQuery.run(directory: fixture.url, filter: .init(), format: .csv, output: &sink)
        let file = fixture.directory.write("out.csv", sink.text)
        let reader = try CSVReader(url: file)
        #expect(try reader.next() == ["excerpt_id", "template", "question", "language", "themes", "quotable", "metadata", "text"])
        var records: [[String]] = []
        while let record = try reader.next() { records.append(record) }
        #expect(records.count == 5)
        #expect(records[4] == ["ex-q", "survivor-experience", "wh_narrative", "en", "a;b", "true", "a=2;z=1", tricky.text])
        for (record, excerpt) in zip(records, Self.excerpts) {
            #expect(record[0] == excerpt.excerptID)
            #expect(record[7] == excerpt.text)
        }
    }

    @Test func tableOutputIsAlignedAndCutToTheWidth() throws {
        let long = ResearchFixture.excerpt(
            "ex-long", text: String(repeating: "word ", count: 60) + "\u{1B}[31mred\nnext")
        let fixture = ResearchFixture()
        fixture.writeExcerpts(Self.excerpts + [long])
        fixture.writeResponses([])
        fixture.writeCodebook([])
        var sink = ResearchFixture.Sink()
        try CorpusQuery.run(directory: fixture.url, filter: .init(), format: .table, width: 100, output: &sink)
        let lines = sink.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 6)
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(lines.last?.hasSuffix("…") == true)
        #expect(lines.last?.count == 100)
        #expect(!sink.text.contains("\u{1B}"))
        #expect(ExcerptWriter.printable("a\u{1B}[31mb\n\tc") == "a\u{FFFD}[31mb c")
        // Every row's text column starts at the same offset.
        let offset = lines[0].distance(from: lines[0].startIndex, to: lines[0].range(of: "TEXT")!.lowerBound)
        #expect(lines[1].dropFirst(offset).hasPrefix("I told my teacher"))
        #expect(lines[2].dropFirst(offset).hasPrefix("Opettaja"))
    }

    @Test func writesThroughAFileHandle() throws {
        let fixture = ResearchFixture()
        fixture.writeExcerpts(Self.excerpts)
        fixture.writeResponses([])
        fixture.writeCodebook([])
        let out = fixture.directory.write("out.jsonl", "")
        let handle = try FileHandle(forWritingTo: out)
        var stream = FileHandleOutputStream(handle)
        let count = try CorpusQuery.run(directory: fixture.url, filter: .init(languages: ["en"]), format: .jsonl, output: &stream)
        stream.flush()
        try handle.close()
        #expect(count == 2)
        #expect(!stream.failed)
        let written = try String(contentsOf: out, encoding: .utf8)
        #expect(written == ResearchFixture.line(Self.excerpts[0]) + "\n" + ResearchFixture.line(Self.excerpts[3]) + "\n")
    }
}
