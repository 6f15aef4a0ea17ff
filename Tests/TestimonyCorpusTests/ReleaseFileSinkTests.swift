import Foundation
import Testing
@testable import TestimonyCorpus
import TestimonyCrypto
import TestimonyTestSupport

/// The background hash-and-write half of the release file writer.
@Suite struct ReleaseFileSinkTests {
    @Test func writesEveryChunkInOrderAndHashesWhatItWrote() throws {
        let dir = TemporaryDirectory("release-sink")
        let url = dir.path("out.bin")
        let writer = try ReleaseFileWriter(creating: url)
        var expected: [UInt8] = []
        for i in 0..<8_000 {
            let piece = Array("line \(i) ".utf8) + [UInt8](repeating: UInt8(i % 251), count: i % 97)
            expected += piece
            try writer.write(piece)
        }
        let hash = try writer.close()
        let written = try Data(contentsOf: url)
        #expect(written == Data(expected), "every byte, in order, across many 64 KiB chunks")
        #expect(expected.count > 4 << 16, "more chunks than the sink keeps pending")
        #expect(hash == SHA256.hex(expected))
    }

    @Test func earlySyncsWhileWritingLeaveTheSameBytesAndHash() throws {
        let dir = TemporaryDirectory("release-sink-sync")
        let url = dir.path("out.bin")
        // A sync after every second chunk: many early syncs run beside the writes.
        #expect(FileManager.default.createFile(atPath: url.path, contents: nil))
        let sink = ReleaseFileSink(handle: try FileHandle(forWritingTo: url), file: "out.bin", syncEvery: 100_000)
        var expected: [UInt8] = []
        for i in 0..<200 {
            let chunk = [UInt8](repeating: UInt8(i % 256), count: 50_000 + i)
            expected += chunk
            try sink.submit(chunk)
        }
        let hash = try sink.finish()
        #expect(try Data(contentsOf: url) == Data(expected))
        #expect(hash == SHA256.hex(expected))
    }

    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/null"), "no /dev/null here"))
    func aFailedEarlySyncIsReportedNamingTheFile() throws {
        // /dev/null takes writes but cannot be synced (EINVAL): the early sync's failure must surface.
        let sink = ReleaseFileSink(handle: try #require(FileHandle(forWritingAtPath: "/dev/null")), file: "excerpts.jsonl", syncEvery: 1)
        var refusal: (any Error)?
        for _ in 0..<1_000 where refusal == nil {
            do { try sink.submit([1, 2, 3]) } catch { refusal = error }
            if refusal == nil { usleep(1_000) }
        }
        sink.abandon()
        guard case ReleaseWriteError.io(let file, let reason)? = refusal else {
            Issue.record("no failure reported: \(String(describing: refusal))")
            return
        }
        #expect(file == "excerpts.jsonl")
        #expect(reason.contains("Invalid argument"))
    }

    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "no /dev/full here"))
    func aFailedWriteIsReportedNamingTheFile() throws {
        let sink = ReleaseFileSink(handle: try #require(FileHandle(forWritingAtPath: "/dev/full")), file: "excerpts.jsonl")
        try sink.submit([UInt8](repeating: 1, count: 1 << 16))
        #expect {
            _ = try sink.finish()
        } throws: { error in
            guard case ReleaseWriteError.io(let file, let reason) = error else { return false }
            // Says what happened and what to do, not a raw error code.
            return file == "excerpts.jsonl" && reason.contains("No space left on device") && reason.contains("free disk space")
        }
    }

    @Test(.enabled(if: FileManager.default.isWritableFile(atPath: "/dev/full"), "no /dev/full here"))
    func laterChunksAreRefusedOnceAWriteFailed() throws {
        let sink = ReleaseFileSink(handle: try #require(FileHandle(forWritingAtPath: "/dev/full")), file: "responses.csv")
        try sink.submit([UInt8](repeating: 1, count: 1 << 16))
        // The failure shows up at the latest when the queue has drained.
        var refused = false
        for _ in 0..<1_000 where !refused {
            do { try sink.submit([1]) } catch { refused = true }
            if !refused { usleep(1_000) }
        }
        #expect(refused)
        sink.abandon()
    }
}
