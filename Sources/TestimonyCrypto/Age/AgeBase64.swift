/// Strict, canonical, unpadded standard base64 (RFC 4648 §4 without `=`), as age uses it.
///
/// Decoding refuses padding, whitespace, CR/LF, characters outside the alphabet, impossible
/// lengths (4k+1) and non-zero trailing bits, so every byte string has exactly one encoding.
enum AgeBase64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static func value(of c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): c - UInt8(ascii: "A")
        case UInt8(ascii: "a")...UInt8(ascii: "z"): c - UInt8(ascii: "a") + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0") + 52
        case UInt8(ascii: "+"): 62
        case UInt8(ascii: "/"): 63
        default: nil
        }
    }

    /// Encodes without padding or line breaks.
    static func encode<C: Collection<UInt8>>(_ bytes: C) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count * 4 + 2) / 3)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in bytes {
            buffer = (buffer << 8) | UInt32(byte)
            bits += 8
            while bits >= 6 {
                out.append(alphabet[Int((buffer >> UInt32(bits - 6)) & 63)])
                bits -= 6
            }
        }
        if bits > 0 { out.append(alphabet[Int((buffer << UInt32(6 - bits)) & 63)]) }
        return out
    }

    /// Encodes as a `String`.
    static func encodeString<C: Collection<UInt8>>(_ bytes: C) -> String {
        String(decoding: encode(bytes), as: UTF8.self)
    }

    /// Decodes canonical unpadded base64, or returns nil.
    static func decode<C: Collection<UInt8>>(_ text: C) -> [UInt8]? {
        if text.count % 4 == 1 { return nil }
        var out: [UInt8] = []
        out.reserveCapacity(text.count * 3 / 4)
        var buffer: UInt32 = 0
        var bits = 0
        for c in text {
            guard let v = value(of: c) else { return nil }
            buffer = ((buffer << 6) | UInt32(v)) & 0xFFFF
            bits += 6
            if bits >= 8 {
                out.append(UInt8((buffer >> UInt32(bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        // Leftover bits (2 or 4) must be zero: otherwise two texts would decode to the same bytes.
        if bits > 0 && buffer & ((1 << UInt32(bits)) - 1) != 0 { return nil }
        return out
    }
}
