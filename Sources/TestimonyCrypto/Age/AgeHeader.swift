/// A parsed age header.
///
/// Parsing is strict (C2SP age, matching the reference implementation): every line ends in `\n`,
/// the intro is exact, stanza arguments are non-empty runs of printable ASCII separated by single
/// spaces, bodies are canonical unpadded base64 in 64-column lines ending with a short (possibly
/// empty) line, and the MAC line is exactly `--- <43 base64 chars>`.
struct AgeHeader {
    var stanzas: [AgeStanza]
    /// The MAC from the `---` line.
    var mac: [UInt8]
    /// The header bytes the MAC covers: from the intro up to and including `---`.
    var macInputEnd: Int
    /// Where the payload (nonce, then STREAM) starts.
    var payloadOffset: Int

    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")

    /// The line starting at `start` without its `\n`, and the offset after it.
    private static func line(in file: [UInt8], from start: Int) throws(AgeError) -> (ArraySlice<UInt8>, Int) {
        guard start < file.count, let end = file[start...].firstIndex(of: newline) else {
            throw .headerFailure("header ends without a newline")
        }
        return (file[start..<end], end + 1)
    }

    private static func isPrintable(_ bytes: ArraySlice<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.allSatisfy { $0 >= 33 && $0 <= 126 }
    }

    private static func split(_ line: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        line.split(separator: space, omittingEmptySubsequences: false)
    }

    /// Parses the header of `file`.
    static func parse(_ file: [UInt8]) throws(AgeError) -> AgeHeader {
        if isArmored(file) { throw .armorUnsupported }
        guard file.starts(with: AgeFormat.intro) else {
            throw .headerFailure("not an age v1 file (the first line must be \"age-encryption.org/v1\")")
        }
        var offset = AgeFormat.intro.count
        var stanzas: [AgeStanza] = []
        while true {
            let lineStart = offset
            let (text, next) = try line(in: file, from: offset)
            offset = next
            let fields = split(text)
            if text.starts(with: "---".utf8) {
                guard fields.count == 2, fields[0].elementsEqual("---".utf8),
                    let mac = AgeBase64.decode(fields[1]), mac.count == AgeFormat.macBytes
                else { throw .headerFailure("malformed MAC line") }
                return AgeHeader(stanzas: stanzas, mac: mac, macInputEnd: lineStart + 3, payloadOffset: offset)
            }
            guard text.starts(with: "->".utf8) else { throw .headerFailure("unexpected line in header") }
            guard fields.count >= 2, fields[0].elementsEqual("->".utf8), fields.dropFirst().allSatisfy(isPrintable)
            else { throw .headerFailure("malformed stanza line") }
            var body: [UInt8] = []
            while true {
                let (bodyLine, after) = try line(in: file, from: offset)
                offset = after
                guard bodyLine.count <= 64, let decoded = AgeBase64.decode(bodyLine) else {
                    throw .headerFailure("malformed stanza body line")
                }
                body.append(contentsOf: decoded)
                if bodyLine.count < 64 { break }
            }
            stanzas.append(
                AgeStanza(
                    type: String(decoding: fields[1], as: UTF8.self),
                    arguments: fields.dropFirst(2).map { String(decoding: $0, as: UTF8.self) }, body: body))
        }
    }

    /// Whether `file` starts (after optional whitespace) with the ASCII armor line.
    static func isArmored(_ file: [UInt8]) -> Bool {
        let trimmed = file.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        return trimmed.starts(with: AgeFormat.armorPrefix)
    }

    /// Encodes `stanzas` as a stanza section (no intro, no MAC line).
    static func encode(_ stanza: AgeStanza, into out: inout [UInt8]) {
        out.append(contentsOf: "->".utf8)
        for field in [stanza.type] + stanza.arguments {
            out.append(space)
            out.append(contentsOf: field.utf8)
        }
        out.append(newline)
        let encoded = AgeBase64.encode(stanza.body)
        var index = 0
        while encoded.count - index >= 64 {
            out.append(contentsOf: encoded[index..<(index + 64)])
            out.append(newline)
            index += 64
        }
        // The body always ends with a short line, empty when the last line was full.
        out.append(contentsOf: encoded[index...])
        out.append(newline)
    }

    /// The complete header for `stanzas`, MAC'd with the header key derived from `fileKey`.
    static func encode(_ stanzas: [AgeStanza], fileKey: SecureBytes) throws(CryptoError) -> [UInt8] {
        var out = AgeFormat.intro
        for stanza in stanzas { encode(stanza, into: &out) }
        out.append(contentsOf: "---".utf8)
        let mac = try computeMAC(over: out[...], fileKey: fileKey)
        out.append(space)
        out.append(contentsOf: AgeBase64.encode(mac))
        out.append(newline)
        return out
    }

    /// HMAC-SHA-256 of the header bytes under HKDF(file key, "", "header").
    static func computeMAC(over header: ArraySlice<UInt8>, fileKey: SecureBytes) throws(CryptoError) -> [UInt8] {
        let key = try HKDF.deriveKey(ikm: fileKey, salt: [], info: AgeFormat.headerKeyInfo)
        return HKDF.hmac(key: key, message: Array(header))
    }
}
