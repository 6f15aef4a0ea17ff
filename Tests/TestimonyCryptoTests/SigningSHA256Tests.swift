import Foundation
import Testing
import TestimonyTestSupport
@testable import TestimonyCrypto

@Suite("SHA-256: streaming and files")
struct SigningSHA256Tests {
    @Test func streamingEqualsOneShot() {
        let bytes = CryptoTestHelpers.pattern(200_000)
        var hasher = SHA256Hasher()
        var offset = 0
        for size in [0, 1, 63, 64, 65, 4096, 100_000] where offset < bytes.count {
            let end = min(bytes.count, offset + size)
            hasher.update(Array(bytes[offset..<end]))
            offset = end
        }
        hasher.update(Data(bytes[offset...]))
        #expect(hasher.finalizeHex() == SHA256.hex(bytes))
    }

    @Test func knownAnswers() {
        var empty = SHA256Hasher()
        #expect(empty.finalizeHex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        var abc = SHA256Hasher()
        abc.update(Array("abc".utf8))
        #expect(abc.finalizeHex() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func fileHashMatchesInMemoryHash() throws {
        let dir = TemporaryDirectory("sha256")
        let bytes = CryptoTestHelpers.pattern(300_001)
        try Data(bytes).write(to: dir.path("f"))
        #expect(try SHA256.hexOfFile(at: dir.path("f")) == SHA256.hex(bytes))
        try Data().write(to: dir.path("empty"))
        #expect(try SHA256.hexOfFile(at: dir.path("empty")) == SHA256.hex([]))
    }
}
