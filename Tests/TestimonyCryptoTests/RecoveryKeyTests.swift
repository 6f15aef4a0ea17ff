import Foundation
import Testing
@testable import TestimonyCrypto

/// The recovery key's display form (base32, 13 groups of 4) and its decoding.
@Suite("Recovery key")
struct RecoveryKeyTests {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")

    func decode(_ text: String) throws(CryptoError) -> SecureBytes {
        var bytes = Array(text.utf8)
        return try RecoveryKey.decode(SecureBytes(wiping: &bytes))
    }

    @Test("the display form is 13 groups of 4 base32 characters separated by '-'")
    func displayShape() throws {
        let (key, display) = try RecoveryKey.generate()
        #expect(key.count == RecoveryKey.byteCount)
        #expect(display.count == 52 + 12)
        let groups = display.split(separator: "-", omittingEmptySubsequences: false)
        #expect(groups.count == 13)
        for group in groups {
            #expect(group.count == 4)
            #expect(group.allSatisfy { Self.alphabet.contains($0) }, "\(group)")
        }
    }

    @Test("decode(display) gives back the key", arguments: 0..<8)
    func roundTrip(_ run: Int) throws {
        let (key, display) = try RecoveryKey.generate()
        let decoded = try decode(display)
        #expect(decoded.count == 32)
        #expect(decoded.constantTimeEquals(key))
    }

    @Test("two generated keys differ")
    func fresh() throws {
        let a = try RecoveryKey.generate()
        let b = try RecoveryKey.generate()
        #expect(a.display != b.display)
        #expect(!a.key.constantTimeEquals(b.key))
    }

    @Test("a known key encodes as RFC 4648 base32")
    func knownVector() throws {
        // 32 bytes 0x00...0x1F; base32 (RFC 4648, no padding) of them, regrouped by four.
        let expected = "AAAQ-EAYE-AUDA-OCAJ-BIFQ-YDIO-B4IB-CEQT-CQKR-MFYY-DENB-WHA5-DYPQ"
        let decoded = try decode(expected)
        #expect(decoded.exposedCopy() == Array(0..<32))
    }

    @Test("decoding ignores case, spaces, tabs and dashes")
    func lenientInput() throws {
        let (key, display) = try RecoveryKey.generate()
        let compact = display.replacingOccurrences(of: "-", with: "")
        let variants = [
            display.lowercased(),
            compact,
            compact.lowercased(),
            display.replacingOccurrences(of: "-", with: " "),
            "  " + display.replacingOccurrences(of: "-", with: "\t") + " ",
            String(compact.enumerated().map { $0.offset.isMultiple(of: 2) ? Character($0.element.lowercased()) : $0.element }),
            compact.map { "\($0)-" }.joined(),
        ]
        for variant in variants {
            #expect(try decode(variant).constantTimeEquals(key), "\(variant)")
        }
    }

    @Test("every changed character decodes to a different key or is refused")
    func changedCharacter() throws {
        let (key, display) = try RecoveryKey.generate()
        let chars = Array(display.replacingOccurrences(of: "-", with: ""))
        #expect(chars.count == 52)
        var silentlyAccepted: [String] = []
        for position in chars.indices {
            for replacement in Self.alphabet where replacement != chars[position] {
                var changed = chars
                changed[position] = replacement
                if let decoded = try? decode(String(changed)), decoded.constantTimeEquals(key) {
                    silentlyAccepted.append("\(position):\(replacement)")
                }
            }
        }
        // Positions 0...50 carry only key bits: any change there must be visible.
        let inKeyBits = silentlyAccepted.filter { !$0.hasPrefix("51:") }
        #expect(inKeyBits.isEmpty)
        // The last character carries 1 key bit and 4 padding bits; decode insists the padding is zero,
        // so a typo there is refused instead of silently accepted as the same key.
        #expect(silentlyAccepted.isEmpty, "\(silentlyAccepted.count) typos in the last character decode to the same key")
    }

    @Test("the generated last character only uses its one key bit")
    func canonicalLastCharacter() throws {
        for _ in 0..<16 {
            let (_, display) = try RecoveryKey.generate()
            let last = try #require(display.last)
            #expect(last == "A" || last == "Q", "padding bits must be zero: \(last)")
        }
    }

    @Test("the wrong number of characters is refused", arguments: [0, 1, 8, 51, 53, 56, 64])
    func wrongLength(count: Int) throws {
        let text = String(repeating: "A", count: count)
        #expect(throws: CryptoError.self) { try decode(text) }
    }

    @Test("the error for a bad key is readFailed and does not echo the input")
    func errorDescription() throws {
        let marker = "ZZZZ-QQQQ-MARKER"
        let error = #expect(throws: CryptoError.self) { try decode(marker) }
        let caught = try #require(error)
        guard case .readFailed = caught else {
            Issue.record("expected readFailed, got \(caught)")
            return
        }
        #expect(!caught.description.contains("ZZZZ"))
        #expect(!caught.description.contains("MARKER"))
    }

    @Test("characters outside the alphabet are refused", arguments: ["0", "1", "8", "9", "!", "=", "_", ".", "\n", "Ä"])
    func invalidCharacter(bad: String) throws {
        let (key, display) = try RecoveryKey.generate()
        #expect(try decode(display).constantTimeEquals(key))
        var chars = Array(display)
        chars[5] = Character(bad)
        #expect(throws: CryptoError.self) { try decode(String(chars)) }
        #expect(throws: CryptoError.self) { try decode(display + bad) }
    }
}
