/// Standard padded base64 (RFC 4648 §4), as PEM and the one-line `.pub` form use it. Decoding is
/// strict: alphabet only, padding only at the end, canonical trailing bits.
enum PEMBase64 {
    /// Encodes with `=` padding, on one line.
    static func encode(_ bytes: [UInt8]) -> String {
        var out = AgeBase64.encode(bytes)
        while out.count % 4 != 0 { out.append(UInt8(ascii: "=")) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Decodes padded base64, or returns nil.
    static func decode(_ text: String) -> [UInt8]? {
        var chars = Array(text.utf8)
        guard chars.count % 4 == 0 else { return nil }
        var padding = 0
        while padding < 2, chars.last == UInt8(ascii: "=") {
            chars.removeLast()
            padding += 1
        }
        return AgeBase64.decode(chars)
    }
}
