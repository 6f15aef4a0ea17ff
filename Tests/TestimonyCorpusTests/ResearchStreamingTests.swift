import Foundation
import Testing
@testable import TestimonyCorpus
import TestimonyTestSupport

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

    /// Peak resident size (KiB) of one `testimony` run, measured by `/usr/bin/time` for that
    /// process alone: the test process's own peak also counts every suite running beside it.
    static func peak(of arguments: [String]) throws -> (kib: Int?, output: String) {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time"),
            FileManager.default.isExecutableFile(atPath: CLIRunner.binary.path)
        else { return (nil, "no /usr/bin/time or no built binary") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        process.arguments = ["-f", "peak-kib %M", CLIRunner.binary.path] + arguments
        process.environment = CLIRunner().environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let output = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return (nil, output) }
        return (output.split(separator: "\n").last { $0.hasPrefix("peak-kib ") }.flatMap { Int($0.dropFirst(9)) }, output)
    }

    @Test func queriesA200000LineFileWithFlatMemory() throws {
        let fixture = ResearchFixture()
        let bytes = try Self.writeLargeRelease(fixture)
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
        // The same query through the binary, against the same query on a one-line release: the file
        // is ~60 MiB, and streaming must not come close to holding it.
        let small = ResearchFixture()
        small.writeResponses([])
        small.writeCodebook([])
        small.writeRaw("excerpts.jsonl", String(decoding: try Data(contentsOf: fixture.url.appendingPathComponent("excerpts.jsonl")).prefix(600).split(separator: 0x0A)[0], as: UTF8.self) + "\n")
        let query = ["--question", "wh_after", "--meta", "ay_age_band=25-44", "--search", "cafe", "--count"]
        let before = try Self.peak(of: ["corpus", "query", small.url.path] + query)
        let after = try Self.peak(of: ["corpus", "query", fixture.url.path] + query)
        if let b = before.kib, let a = after.kib {
            #expect((a - b) * 1024 < bytes / 2, "peak grew by \(a - b) KiB for a \(bytes >> 10) KiB file")
        } else {
            Issue.record("could not measure the query's peak memory (needs /usr/bin/time and the built binary): \(before.output) \(after.output)")
        }
    }
}
