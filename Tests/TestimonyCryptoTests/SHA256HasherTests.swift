import Foundation
import Testing
@testable import TestimonyCrypto

/// Streaming SHA-256: FIPS 180-4 example vectors on both paths (the x86 SHA extensions, where the
/// CPU has them, and libsodium), and the two paths against each other on many lengths and splits.
@Suite struct SHA256HasherTests {
    static func digest(_ bytes: [UInt8], accelerated: Bool, pieces: [Int] = []) -> String {
        var hasher = SHA256Hasher(accelerated: accelerated)
        var start = 0
        for size in pieces where start < bytes.count {
            let end = min(bytes.count, start + size)
            hasher.update(Array(bytes[start..<end]))
            start = end
        }
        hasher.update(Array(bytes[start...]))
        return hasher.finalizeHex()
    }

    static let vectors: [(String, String)] = [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
            "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
        ),
    ]

    @Test(arguments: [true, false])
    func standardVectors(accelerated: Bool) {
        for (message, expected) in Self.vectors {
            #expect(Self.digest(Array(message.utf8), accelerated: accelerated) == expected, "\(message.prefix(8))")
            #expect(Self.digest(Array(message.utf8), accelerated: accelerated, pieces: [1, 3, 63, 64, 65]) == expected)
        }
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(Self.digest(million, accelerated: accelerated, pieces: [1 << 16, 17, 1 << 16]) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func bothPathsAgreeOnEveryLengthAndSplit() {
        var rng = SystemRandomNumberGenerator()
        for length in Array(0...300) + [511, 512, 513, 4_095, 4_096, 65_537, 200_003] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let pieces = (0..<8).map { _ in Int.random(in: 0...130, using: &rng) }
            let reference = Self.digest(bytes, accelerated: false)
            #expect(Self.digest(bytes, accelerated: true) == reference, "length \(length)")
            #expect(Self.digest(bytes, accelerated: true, pieces: pieces) == reference, "length \(length) in \(pieces)")
            #expect(SHA256.hex(bytes) == reference)
        }
    }

    @Test func theExtensionsAreUsedWhereTheCPUHasThem() throws {
        let flags = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let hasSHA = flags.split(separator: "\n").first { $0.hasPrefix("flags") }?.split(separator: " ").contains("sha_ni") ?? false
        #expect(SHA256Hasher.accelerated == hasSHA)
    }
}
