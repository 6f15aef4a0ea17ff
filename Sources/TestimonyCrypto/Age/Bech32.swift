/// Bech32 (BIP-173, not bech32m) as age uses it: `age1…` recipients and `AGE-SECRET-KEY-1…` identities.
///
/// Like age's own implementation there is no 90-character limit. A string must be all lowercase or
/// all uppercase; the human-readable part is returned in its original case so callers can insist on
/// one. Callers holding secrets wipe the arrays they get back (capacity is reserved up front so no
/// reallocation leaves stray copies).
enum Bech32 {
    private static let charset = Array("qpzry9x8gf2tvdw0s3jn54khce6mua7l".utf8)
    private static let generator: [UInt32] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3]

    private static func polymod(_ values: [UInt8]) -> UInt32 {
        var chk: UInt32 = 1
        for v in values {
            let top = chk >> 25
            chk = ((chk & 0x1ff_ffff) << 5) ^ UInt32(v)
            for i in 0..<5 where (top >> UInt32(i)) & 1 == 1 {
                chk ^= generator[i]
            }
        }
        return chk
    }

    /// HRP expansion (lowercase HRP) followed by `data`, for checksum computation.
    private static func checksumInput(hrp: [UInt8], data: [UInt8], extra: Int) -> [UInt8] {
        var values: [UInt8] = []
        values.reserveCapacity(hrp.count * 2 + 1 + data.count + extra)
        for c in hrp { values.append(lower(c) >> 5) }
        values.append(0)
        for c in hrp { values.append(lower(c) & 31) }
        values.append(contentsOf: data)
        return values
    }

    private static func lower(_ c: UInt8) -> UInt8 {
        c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") ? c + 32 : c
    }

    private static func upper(_ c: UInt8) -> UInt8 {
        c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") ? c - 32 : c
    }

    /// Encodes `data` under `hrp` (given in the case it should appear in), as ASCII bytes.
    static func encode(hrp: [UInt8], data: UnsafeRawBufferPointer, uppercase: Bool) -> [UInt8] {
        var groups: [UInt8] = []
        groups.reserveCapacity((data.count * 8 + 4) / 5 + 6)
        var buffer: UInt32 = 0
        var bits = 0
        for byte in data {
            buffer = ((buffer << 8) | UInt32(byte)) & 0xFFF
            bits += 8
            while bits >= 5 {
                groups.append(UInt8((buffer >> UInt32(bits - 5)) & 31))
                bits -= 5
            }
        }
        if bits > 0 { groups.append(UInt8((buffer << UInt32(5 - bits)) & 31)) }
        buffer = 0
        var values = checksumInput(hrp: hrp, data: groups, extra: 6)
        values.append(contentsOf: [0, 0, 0, 0, 0, 0])
        let mod = polymod(values) ^ 1
        Memory.wipe(&values)
        for i in 0..<6 { groups.append(UInt8((mod >> UInt32(5 * (5 - i))) & 31)) }

        var out: [UInt8] = []
        out.reserveCapacity(hrp.count + 1 + groups.count)
        out.append(contentsOf: hrp)
        out.append(UInt8(ascii: "1"))
        for g in groups {
            let c = charset[Int(g)]
            out.append(uppercase ? upper(c) : c)
        }
        Memory.wipe(&groups)
        return out
    }

    /// Decodes a Bech32 string. Returns nil for mixed case, a bad separator, characters outside
    /// the charset, a bad checksum or non-zero padding bits.
    static func decode(_ text: UnsafeRawBufferPointer) -> (hrp: [UInt8], data: [UInt8])? {
        var hasLower = false
        var hasUpper = false
        for c in text {
            guard c >= 33 && c <= 126 else { return nil }
            if c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z") { hasLower = true }
            if c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z") { hasUpper = true }
        }
        if hasLower && hasUpper { return nil }
        guard let separator = text.lastIndex(of: UInt8(ascii: "1")), separator >= 1,
            separator + 7 <= text.count
        else { return nil }
        let hrp = Array(text[..<separator])

        var groups: [UInt8] = []
        groups.reserveCapacity(text.count - separator - 1)
        defer { Memory.wipe(&groups) }
        for c in text[(separator + 1)...] {
            guard let v = charset.firstIndex(of: lower(c)) else { return nil }
            groups.append(UInt8(v))
        }
        var values = checksumInput(hrp: hrp, data: groups, extra: 0)
        let valid = polymod(values) == 1
        Memory.wipe(&values)
        guard valid else { return nil }

        let payloadGroups = groups.count - 6
        var data: [UInt8] = []
        data.reserveCapacity(payloadGroups * 5 / 8)
        var buffer: UInt32 = 0
        var bits = 0
        for g in groups[..<payloadGroups] {
            buffer = ((buffer << 5) | UInt32(g)) & 0xFFF
            bits += 5
            if bits >= 8 {
                data.append(UInt8((buffer >> UInt32(bits - 8)) & 0xFF))
                bits -= 8
            }
        }
        // Padding: fewer than 5 leftover bits, all zero.
        let badPadding = bits >= 5 || (buffer & ((1 << UInt32(bits)) - 1)) != 0
        buffer = 0
        if badPadding {
            Memory.wipe(&data)
            return nil
        }
        return (hrp, data)
    }
}
