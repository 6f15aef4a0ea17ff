import Foundation
import TestimonyCrypto

/// Receipt codes for survivor submissions: six random words (66 bits) the survivor keeps to withdraw later.
/// Envelopes carry only `sha256:<salt>:<hash>` of the code.
public enum ReceiptCode {
    /// A new code, e.g. `lamp-river-cotton-seven`.
    public static func generate() -> String {
        let words = PassphraseWordList.words
        return (0..<6).map { _ in words[Int(Random.uniform(UInt32(words.count)))] }.joined(separator: "-")
    }

    /// The salted hash stored in the envelope.
    public static func hash(_ code: String) -> String {
        hash(code, salt: Random.bytes(16))
    }

    static func hash(_ code: String, salt: [UInt8]) -> String {
        let normalized = Array(code.lowercased().trimmingCharacters(in: .whitespacesAndNewlines).utf8)
        return "sha256:" + hex(salt) + ":" + SHA256.hex(salt + normalized)
    }

    /// Whether `code` matches a stored `sha256:<salt>:<hash>`.
    public static func matches(_ code: String, stored: String) -> Bool {
        let parts = stored.split(separator: ":")
        guard parts.count == 3, parts[0] == "sha256", let salt = bytes(fromHex: String(parts[1])) else { return false }
        return hash(code, salt: salt) == stored
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func bytes(fromHex text: String) -> [UInt8]? {
        guard text.count % 2 == 0 else { return nil }
        var out: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(index, offsetBy: 2)
            guard let byte = UInt8(text[index..<next], radix: 16) else { return nil }
            out.append(byte)
            index = next
        }
        return out
    }
}
