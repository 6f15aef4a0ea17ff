import Foundation
import TestimonyModel

/// Writes a `ReleasedExcerpt` as the exact bytes `JSONEncoder` with `[.sortedKeys,
/// .withoutEscapingSlashes]` produces (the release writer's line encoder), without the Encodable
/// machinery, which on Linux costs several times the rest of a release. Strings are escaped as
/// Foundation escapes them: `"` and `\` with a backslash, `\b \f \n \r \t` short, every other
/// control character below U+0020 as `\u00xx` (lowercase hex), everything else (`/`, DEL,
/// non-ASCII) as its raw UTF-8. The tests compare against JSONEncoder byte for byte.
///
/// The fixed keys are written in their sorted order. The metadata keys are question ids chosen by
/// template authors, so their order is Foundation's own: taken once per distinct key set from
/// JSONEncoder itself and cached (the set is almost always the same few keys). Metadata with a
/// non-ASCII key is written by JSONEncoder outright.
struct ExcerptLineEncoder {
    /// Byte-sorted key set → the same keys in JSONEncoder's sorted-keys order.
    private var keyOrders: [[String]: [String]] = [:]
    private static let maxCachedKeySets = 256
    /// The last ASCII metadata key set written, in order (empty: none), its escaped pieces, and
    /// where each key is in the current record's dictionary.
    private var sameKeys: [String] = []
    private var sameKeyBytes: [UInt8] = []
    private var sameKeyRanges: [Range<Int>] = []
    private var sameKeyIndices: [Dictionary<String, String>.Index] = []
    /// Fields whose values repeat from line to line.
    private var languages = EscapedStringCache()
    private var releases = EscapedStringCache()
    private var statements = EscapedStringCache()
    private var questions = EscapedStringCache()
    private var templates = EscapedStringCache()
    private var themeLists = EscapedStringCache()
    /// The fixed pieces of a line as bytes, made once per encoder (appending a literal's UTF-8
    /// view costs more than copying an array).
    private let excerptIDKey: [UInt8] = Array(#"{"excerpt_id":"#.utf8)
    private let languageKey: [UInt8] = Array(#","language":"#.utf8)
    private let metadataKey: [UInt8] = Array(#","metadata":"#.utf8)
    private let policyVersionKey: [UInt8] = Array(#","provenance":{"policy_version":"#.utf8)
    private let releaseKey: [UInt8] = Array(#","release":"#.utf8)
    private let statementKey: [UInt8] = Array(#","statement":"#.utf8)
    private let questionKey: [UInt8] = Array(#"},"question":"#.utf8)
    private let templateVersionKey: [UInt8] = Array(#","template_version":"#.utf8)
    private let textKey: [UInt8] = Array(#","text":"#.utf8)
    private let themesKey: [UInt8] = Array(#","themes":["#.utf8)
    private let closing: [UInt8] = Array("]}".utf8)
    private let quotableTrue: [UInt8] = Array(#","quotable":true,"template":"#.utf8)
    private let quotableFalse: [UInt8] = Array(#","quotable":false,"template":"#.utf8)

    init() {}

    /// The line without its `\n`.
    mutating func encode(_ excerpt: ReleasedExcerpt) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(excerpt.text.utf8.count + 256)
        append(excerpt, to: &out)
        return out
    }

    /// Appends the line (without its `\n`) to `out`.
    mutating func append(_ excerpt: ReleasedExcerpt, to out: inout [UInt8]) {
        appendLine(
            excerptID: excerpt.excerptID, language: excerpt.language, metadata: excerpt.metadata,
            policyVersion: excerpt.provenance.policyVersion, release: excerpt.provenance.release,
            statement: excerpt.provenance.statement, question: excerpt.question, quotable: excerpt.quotable,
            template: excerpt.template, templateVersion: excerpt.templateVersion, text: excerpt.text, themes: excerpt.themes,
            to: &out)
    }

    /// Appends the line of `ReleasedExcerpt(excerpt, of: record, release: release)` with the
    /// quotable mark `quotable`, without building that value (a release writes one per excerpt).
    mutating func append(
        _ excerpt: CorpusExcerpt, of record: CorpusRecord, release: String, quotable: Bool, to out: inout [UInt8]
    ) {
        appendLine(
            excerptID: excerpt.id, language: record.language, metadata: record.quasi, policyVersion: excerpt.policyVersion,
            release: release, statement: ReleasedExcerpt.provenanceStatement, question: excerpt.question, quotable: quotable,
            template: record.template, templateVersion: record.templateVersion, text: excerpt.text, themes: excerpt.themes,
            to: &out)
    }

    // swiftlint:disable:next function_parameter_count
    private mutating func appendLine(
        excerptID: String, language: String, metadata: [String: String], policyVersion: Int, release: String,
        statement: String, question: String, quotable: Bool, template: String, templateVersion: Int, text: String,
        themes: [String], to out: inout [UInt8]
    ) {
        out.append(contentsOf: excerptIDKey)
        Self.appendString(excerptID, to: &out)
        out.append(contentsOf: languageKey)
        languages.append(language, to: &out)
        out.append(contentsOf: metadataKey)
        if appendSameKeys(metadata, to: &out) {
            // Written with the last ASCII key set's bytes.
        } else if metadata.keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            out.append(UInt8(ascii: "{"))
            var first = true
            let order = orderedKeys(metadata)
            for key in order {
                if !first { out.append(UInt8(ascii: ",")) }
                first = false
                Self.appendString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                Self.appendString(metadata[key] ?? "", to: &out)
            }
            out.append(UInt8(ascii: "}"))
            rememberKeys(order)
        } else {
            // Non-ASCII keys: canonically equivalent spellings are one Dictionary key, and which
            // spelling JSONEncoder writes is its own business; let it write the object.
            out.append(contentsOf: (try? Self.foundationEncoder.encode(metadata)) ?? Data("{}".utf8))
        }
        out.append(contentsOf: policyVersionKey)
        Self.appendInt(policyVersion, to: &out)
        out.append(contentsOf: releaseKey)
        releases.append(release, to: &out)
        out.append(contentsOf: statementKey)
        statements.append(statement, to: &out)
        out.append(contentsOf: questionKey)
        questions.append(question, to: &out)
        out.append(contentsOf: quotable ? quotableTrue : quotableFalse)
        templates.append(template, to: &out)
        out.append(contentsOf: templateVersionKey)
        Self.appendInt(templateVersion, to: &out)
        out.append(contentsOf: textKey)
        Self.appendString(text, to: &out)
        out.append(contentsOf: themesKey)
        themeLists.append(list: themes, to: &out)
        out.append(contentsOf: closing)
    }

    /// Writes `metadata` if it has exactly the keys (bytes) of the last ASCII key set written, with
    /// their escaped pieces from then and one lookup per key; false (nothing written) otherwise.
    private mutating func appendSameKeys(_ metadata: [String: String], to out: inout [UInt8]) -> Bool {
        guard !sameKeys.isEmpty, metadata.count == sameKeys.count else { return false }
        for (n, key) in sameKeys.enumerated() {
            // ASCII keys: the lookup (`==`) and an equal length mean the same bytes.
            guard let index = metadata.index(forKey: key), metadata[index].key.hasSameBytes(asASCII: key) else { return false }
            sameKeyIndices[n] = index
        }
        for n in 0..<sameKeys.count {
            out.append(contentsOf: sameKeyBytes[sameKeyRanges[n]])
            Self.appendString(metadata[sameKeyIndices[n]].value, to: &out)
        }
        out.append(UInt8(ascii: "}"))
        return true
    }

    /// Keeps `order` (ASCII keys, in JSONEncoder's order) and each key's escaped piece (`{"key":`,
    /// then `,"key":`) for `appendSameKeys`.
    private mutating func rememberKeys(_ order: [String]) {
        sameKeys = order
        sameKeyBytes.removeAll(keepingCapacity: true)
        sameKeyRanges.removeAll(keepingCapacity: true)
        for (n, key) in order.enumerated() {
            let start = sameKeyBytes.count
            sameKeyBytes.append(n == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
            Self.appendString(key, to: &sameKeyBytes)
            sameKeyBytes.append(UInt8(ascii: ":"))
            sameKeyRanges.append(start..<sameKeyBytes.count)
        }
        sameKeyIndices = order.map { _ in [String: String]().startIndex }
    }

    /// The metadata keys in JSONEncoder's sorted-keys order.
    private mutating func orderedKeys(_ metadata: [String: String]) -> [String] {
        switch metadata.count {
        case 0: return []
        case 1: return [metadata.first!.key]
        default: break
        }
        // (A record with the last key set never gets here: `appendSameKeys` writes it.)
        let byBytes = metadata.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        if let known = keyOrders[byBytes] { return known }
        let order = Self.foundationOrder(byBytes)
        if keyOrders.count >= Self.maxCachedKeySets { keyOrders.removeAll() }
        keyOrders[byBytes] = order
        return order
    }

    /// Asks JSONEncoder how it orders `keys`: encodes key → index and reads the indices back in
    /// output order (integers outside strings).
    private static var foundationEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    static func foundationOrder(_ keys: [String]) -> [String] {
        let encoder = foundationEncoder
        var indexed: [String: Int] = [:]
        for (i, key) in keys.enumerated() { indexed[key] = i }
        guard let data = try? encoder.encode(indexed) else { return keys }
        var order: [String] = []
        var inString = false
        var escaped = false
        var number: Int?
        for byte in data {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            if byte == UInt8(ascii: "\"") {
                inString = true
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                number = (number ?? 0) * 10 + Int(byte - UInt8(ascii: "0"))
            } else if let n = number {
                if n < keys.count { order.append(keys[n]) }
                number = nil
            }
        }
        return order.count == keys.count ? order : keys
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `value` in decimal (as JSONEncoder writes an Int): single digits, the usual
    /// versions, directly.
    private static func appendInt(_ value: Int, to out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            out.append(contentsOf: String(value).utf8)
        }
    }

    /// The offset of the first UTF-8 byte of `value` that JSON needs escaped, or its length.
    private static func firstEscape(_ value: String) -> Int {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            // A bounds-checked view of the bytes, without the iterator's per-byte overhead. First
            // whether any byte needs an escape, without stopping early, which the compiler turns
            // into vector instructions (~10x faster on a 300-byte excerpt); most values have none.
            let bytes = value.utf8.span
            var any: UInt8 = 0
            for k in 0..<bytes.count {
                let byte = bytes[k]
                any |= (byte < 0x20 ? 1 : 0) | (byte == 0x22 ? 1 : 0) | (byte == 0x5C ? 1 : 0)
            }
            if any == 0 { return bytes.count }
            var k = 0
            while k < bytes.count {
                let byte = bytes[k]
                if byte < 0x20 || byte == 0x22 || byte == 0x5C { return k }
                k += 1
            }
            return k
        }
        var k = 0
        for byte in value.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return k }
            k += 1
        }
        return k
    }

    /// Appends `value` as a JSON string, quotes included, escaped as JSONEncoder escapes it.
    static func appendString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Find the first byte that needs an escape (most values have none), then copy up to it in
        // one piece (a memcpy for native strings).
        let k = firstEscape(value)
        if k == value.utf8.count {
            out.append(contentsOf: value.utf8)
        } else {
            out.append(contentsOf: value.utf8.prefix(k))
            for byte in value.utf8.dropFirst(k) {
                switch byte {
                case 0x22: out.append(0x5C); out.append(0x22)
                case 0x5C: out.append(0x5C); out.append(0x5C)
                case 0x08: out.append(0x5C); out.append(UInt8(ascii: "b"))
                case 0x0C: out.append(0x5C); out.append(UInt8(ascii: "f"))
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0..<0x20:
                    out.append(contentsOf: #"\u00"#.utf8)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0x0F)])
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
