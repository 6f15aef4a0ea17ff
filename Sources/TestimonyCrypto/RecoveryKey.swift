internal import CSodium

/// The vault's recovery key: 32 random bytes shown once as base32 in groups of four
/// (`ABCD-EFGH-…`, 52 characters), decoded from text straight into secure memory.
public enum RecoveryKey {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
    /// Raw key length.
    public static let byteCount = 32

    /// A new random recovery key and its display form (the caller prints it once, then drops it).
    public static func generate() throws(CryptoError) -> (key: SecureBytes, display: String) {
        let key = try SecureBytes.random(count: byteCount)
        var raw = key.exposedCopy()
        defer { Memory.wipe(&raw) }
        var chars: [Character] = []
        var buffer: UInt32 = 0
        var bits = 0
        for byte in raw {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 5 {
                chars.append(Character(UnicodeScalar(alphabet[Int((buffer >> UInt32(bits - 5)) & 31)])))
                bits -= 5
            }
        }
        if bits > 0 { chars.append(Character(UnicodeScalar(alphabet[Int((buffer << UInt32(5 - bits)) & 31)]))) }
        buffer = 0
        var groups: [String] = []
        var index = 0
        while index < chars.count {
            groups.append(String(chars[index..<min(index + 4, chars.count)]))
            index += 4
        }
        return (key, groups.joined(separator: "-"))
    }

    /// Decodes a typed recovery key (case, spaces and dashes ignored) into the 32 raw bytes.
    /// - Throws: `readFailed` when the text is not a recovery key.
    public static func decode(_ text: SecureBytes) throws(CryptoError) -> SecureBytes {
        try SecureBytes(count: byteCount) { out throws(CryptoError) in
            var buffer: UInt32 = 0
            var bits = 0
            var written = 0
            var symbols = 0
            let ok: Bool = text.withUnsafeBytes { input in
                for var c in input {
                    if c == UInt8(ascii: "-") || c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") { continue }
                    if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") { c -= 32 }
                    let value: UInt32
                    if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") {
                        value = UInt32(c - UInt8(ascii: "A"))
                    } else if c >= UInt8(ascii: "2") && c <= UInt8(ascii: "7") {
                        value = UInt32(c - UInt8(ascii: "2")) + 26
                    } else {
                        return false
                    }
                    symbols += 1
                    buffer = (buffer << 5) | value
                    bits += 5
                    if bits >= 8 {
                        guard written < byteCount else { return false }
                        out[written] = UInt8((buffer >> UInt32(bits - 8)) & 0xFF)
                        written += 1
                        bits -= 8
                    }
                }
                return true
            }
            // Canonical form only: the last symbol's 4 unused bits must be zero, so every typo is caught.
            let padding = bits > 0 ? buffer & ((1 << UInt32(bits)) - 1) : 0
            buffer = 0
            guard ok, written == byteCount, symbols == 52, padding == 0 else {
                sodium_memzero(out.baseAddress!, byteCount)
                throw .readFailed("this is not a recovery key (expected 52 letters and digits in groups of four)")
            }
        }
    }
}
