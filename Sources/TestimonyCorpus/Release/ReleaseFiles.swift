/// The fixed layout of a release directory (docs/corpus.md, "Release directory").
public enum ReleaseFiles {
    public static let datacard = "DATACARD.md"
    public static let codebook = "codebook.json"
    public static let excerpts = "excerpts.jsonl"
    public static let responses = "responses.csv"
    public static let tombstones = "tombstones.jsonl"
    public static let manifest = "MANIFEST"
    public static let signature = "MANIFEST.sig"
    /// Written by `corpus pull` into an earlier release it changed by applying tombstones.
    public static let localChanges = "LOCAL-CHANGES.md"

    /// The files MANIFEST lists, in byte order of their names (the order MANIFEST uses).
    public static let hashed: [String] = [datacard, codebook, excerpts, responses, tombstones]

    /// Exactly the seven files of a release, in byte order of their names.
    public static let all: [String] = [datacard, manifest, signature, codebook, excerpts, responses, tombstones]

    /// Whether `id` is a release id: `r` and at least four digits (`r0001`). Release ids become
    /// directory names, so nothing else (no `/`, no `..`) is accepted.
    public static func isValidReleaseID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard bytes.count >= 5, bytes.count <= 12, bytes[0] == UInt8(ascii: "r") else { return false }
        return bytes.dropFirst().allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// The number of a valid release id (`r0012` → 12).
    static func number(of id: String) -> Int? {
        guard isValidReleaseID(id) else { return nil }
        return Int(id.dropFirst())
    }

    /// Whether `text` is a lowercase hex SHA-256 (64 characters).
    static func isSHA256Hex(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 64
            && bytes.allSatisfy { ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }
    }

    /// Byte-order comparison of UTF-8 strings (what `sort` in the C locale and SQLite's BINARY do).
    static func byteOrder(_ a: String, _ b: String) -> Bool {
        // Contiguous (native) strings compare as byte buffers, several times faster than the
        // generic UTF8View walk, which stays as the fallback.
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in x.lexicographicallyPrecedes(y) }
        }
        if let result = fast ?? nil { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }
}
