import Testing
@testable import TestimonyModel

/// The scanner's strings are valid UTF-8 or nothing: its fast decoding must refuse exactly what
/// `String(validating:)` refuses.
@Suite struct StrictJSONScannerUTF8Tests {
    static let samples: [[UInt8]] = [
        [], Array("plain".utf8), Array("äö日本😀".utf8), [0xEF, 0xBF, 0xBD],  // U+FFFD itself is valid
        [0xFF], [0x80], [0xC3], [0xC3, 0x28], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0x61, 0xE2, 0x82], [0x61, 0xFE, 0x62], Array("ok".utf8) + [0xF8, 0x88, 0x80, 0x80, 0x80],
    ]

    @Test func decodesExactlyTheValidStrings() {
        for bytes in Self.samples {
            let expected = String(validating: bytes, as: UTF8.self)
            let ascii = bytes.allSatisfy { $0 < 0x80 }
            #expect(StrictJSONScanner.validString(bytes[...], ascii: ascii) == expected, "\(bytes)")
            // Inside a JSON string, plain and after an escape.
            var plain = StrictJSONScanner([0x22] + bytes + [0x22])
            #expect(plain.string() == expected, "\(bytes)")
            var escaped = StrictJSONScanner([0x22, 0x5C, 0x6E] + bytes + [0x22])
            #expect(escaped.string() == expected.map { "\n" + $0 }, "\(bytes)")
        }
    }
}
