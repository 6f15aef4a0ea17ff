import Foundation
import Testing
@testable import TestimonyCorpus
import TestimonyTestSupport

@Suite struct ResearchReaderTests {
    @Test func refusesADirectoryWithoutTheReleaseFiles() throws {
        let fixture = ResearchFixture()
        fixture.writeExcerpts([])
        #expect(throws: CorpusResearchError.notARelease(
            directory: fixture.url.path, missing: ["responses.csv", "codebook.json"])) {
            _ = try ReleaseDirectory(fixture.url)
        }
        let error = CorpusResearchError.notARelease(directory: "/tmp/x", missing: ["responses.csv"])
        #expect(error.description.contains("missing responses.csv"))
        #expect(error.description.contains("not a corpus release"))
    }

    @Test func malformedLineNamesFileAndLineButNotTheText() throws {
        let fixture = ResearchFixture()
        let good = ResearchFixture.line(ResearchFixture.excerpt("ex-1", text: "We talked at the kitchen table."))
        let secret = "CANARY-PLAINTEXT teacher listened"
        fixture.writeRaw("excerpts.jsonl", good + "\n" + good + "\n{\"excerpt_id\":\"ex-3\",\"text\":\"\(secret)\"\n" + good + "\n")
        fixture.writeResponses([])
        fixture.writeCodebook([])
        var sink = ResearchFixture.Sink()
        do {
            try CorpusQuery.run(directory: fixture.url, filter: .init(), format: .jsonl, output: &sink)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("excerpts.jsonl:3:"))
            #expect(!error.description.contains("CANARY"))
            #expect(!error.description.contains("teacher"))
        }
        // A well-formed JSON line with a missing key: names the key, not the values.
        fixture.writeRaw("excerpts.jsonl", good + "\n{\"excerpt_id\":\"ex-9\",\"text\":\"\(secret)\"}\n")
        do {
            try CorpusQuery.run(directory: fixture.url, filter: .init(), format: .count, output: &sink)
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("excerpts.jsonl:2: missing key"))
            #expect(!error.description.contains("CANARY"))
            #expect(!error.description.contains("ex-9"))
        }
    }

    @Test func csvReaderHandlesQuotedFields() throws {
        let fixture = ResearchFixture()
        let file = fixture.directory.write("x.csv", "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,\"\"\nlast,row,end")
        let reader = try CSVReader(url: file)
        #expect(try reader.next() == ["a", "b", "c"])
        #expect(try reader.next() == ["x, y", "say \"hi\"", "two\nlines"])
        #expect(try reader.next() == ["plain", "", ""])
        #expect(reader.recordLine == 4)
        #expect(try reader.next() == ["last", "row", "end"])
        #expect(try reader.next() == nil)
    }

    @Test func csvReaderRejectsAStrayQuoteWithTheLineNumber() throws {
        let fixture = ResearchFixture()
        let file = fixture.directory.write("x.csv", "a,b\nok,ok\nbad\"quote,secret words\n")
        let reader = try CSVReader(url: file)
        _ = try reader.next()
        _ = try reader.next()
        #expect(throws: CorpusResearchError.malformedLine(file: "x.csv", line: 3, reason: "quote inside an unquoted field")) {
            _ = try reader.next()
        }
    }

    @Test func responsesAreGroupedByResponseAndMustBeSorted() throws {
        let fixture = ResearchFixture()
        fixture.writeResponses([("rs-a", "q1", "1"), ("rs-a", "q2", "x"), ("rs-b", "q1", "2")])
        let reader = try ResponseReader(url: fixture.url.appendingPathComponent("responses.csv"))
        #expect(try reader.nextResponse()?.map(\.code) == ["1", "x"])
        #expect(try reader.nextResponse()?.map(\.responseID) == ["rs-b"])
        #expect(try reader.nextResponse() == nil)

        fixture.writeRaw("responses.csv", "response_id,template,template_version,language,question,code\n"
            + "rs-b,t,1,en,q1,1\nrs-a,t,1,en,q1,2\n")
        let unsorted = try ResponseReader(url: fixture.url.appendingPathComponent("responses.csv"))
        #expect(throws: CorpusResearchError.unsorted(file: "responses.csv", line: 3)) {
            while try unsorted.next() != nil {}
        }
        fixture.writeRaw("responses.csv", "id,code\nrs-a,1\n")
        let wrongHeader = try ResponseReader(url: fixture.url.appendingPathComponent("responses.csv"))
        #expect(throws: CorpusResearchError.self) { _ = try wrongHeader.next() }
    }
}
