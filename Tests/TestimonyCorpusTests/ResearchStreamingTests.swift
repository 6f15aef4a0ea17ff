import Foundation
import Testing
@testable import TestimonyCorpus

@Suite(.serialized) struct ResearchStreamingTests {
    static let lineCount = 200_000

    /// Writes `lineCount` synthetic excerpt lines in blocks (the file is never built in memory).
    static func writeLargeRelease(_ fixture: ResearchFixture) throws -> Int {
        fixture.writeResponses([])
        fixture.writeCodebook([])
        let file = fixture.url.appendingPathComponent("excerpts.jsonl")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        let questions = ["wh_narrative", "im_support", "im_school", "wh_after"]
        let languages = ["en", "fi", "sv"]
        let texts = [
            "We moved to [PLACE 1] and school got better after that.",
            "Opettaja kuunteli minua ja sain apua [PLACE 1]ssä.",
            "Jag berättade för en vän, och det blev lättare sedan.",
            "A counsellor at the café helped me find words for it.",
        ]
        var block = ""
        var bytes = 0
        for n in 0..<lineCount {
            let band = ["18-24", "25-44", "45-64"][n % 3]
            let line = #"{"excerpt_id":"ex-\#(n)","language":"\#(languages[n % 3])","metadata":{"ay_age_band":"\#(band)","ay_region":"nordic"},"provenance":{"policy_version":1,"release":"r0001","statement":"redacted derivative, not a verbatim statement"},"question":"\#(questions[n % 4])","quotable":false,"template":"survivor-experience","template_version":1,"text":"\#(texts[n % 4]) Line \#(n).","themes":["what_happened"]}"#
            block += line + "\n"
            if block.utf8.count > 1 << 20 {
                bytes += block.utf8.count
                handle.write(Data(block.utf8))
                block = ""
            }
        }
        bytes += block.utf8.count
        handle.write(Data(block.utf8))
        return bytes
    }

    static func peakResidentKiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
        return line.flatMap { Int($0.split(separator: " ")[1]) }
    }

    @Test func queriesA200000LineFileWithFlatMemory() throws {
        let fixture = ResearchFixture()
        let bytes = try Self.writeLargeRelease(fixture)
        let peakBefore = Self.peakResidentKiB()
        var filter = CorpusFilter(questions: ["wh_after"])
        try filter.addMetadata("ay_age_band=25-44")
        try filter.addSearch("cafe")
        var sink = ResearchFixture.Sink()
        let start = Date()
        let count = try CorpusQuery.run(directory: fixture.url, filter: filter, format: .count, output: &sink)
        let seconds = Date().timeIntervalSince(start)
        // n % 4 == 3 (wh_after, café text) and n % 3 == 1 (25-44): n ≡ 7 mod 12.
        #expect(count == (Self.lineCount - 7 + 11) / 12)
        print("research query: \(Self.lineCount) lines, \(bytes >> 20) MiB in \(String(format: "%.2f", seconds)) s = "
            + "\(Int(Double(Self.lineCount) / seconds)) lines/s (debug)")
        if let before = peakBefore, let after = Self.peakResidentKiB() {
            // The file is ~60 MiB; streaming must not come close to holding it.
            #expect((after - before) * 1024 < bytes / 2, "peak grew by \(after - before) KiB for a \(bytes >> 10) KiB file")
        }
    }
}
