/// A release's `MANIFEST`: `sha256sum` format with a `#` header (docs/corpus.md, "MANIFEST").
public struct ReleaseManifest: Sendable, Equatable {
    /// One `<sha256 hex>  <file>` line.
    public struct Entry: Sendable, Equatable {
        public var file: String
        /// Lowercase hex SHA-256.
        public var sha256: String

        public init(file: String, sha256: String) {
            self.file = file
            self.sha256 = sha256
        }
    }

    static let headerLine = "# testimony corpus release"
    static let releasePrefix = "# release: "
    static let previousPrefix = "# previous-manifest-sha256: "

    /// `r0001`, `r0002`, …
    public var releaseID: String
    /// SHA-256 (hex) of the previous release's MANIFEST; nil for the first release (`none`).
    public var previousManifestSHA256: String?
    /// The hashed files, in byte order of their names.
    public var entries: [Entry]

    public init(releaseID: String, previousManifestSHA256: String?, entries: [Entry]) {
        self.releaseID = releaseID
        self.previousManifestSHA256 = previousManifestSHA256
        self.entries = entries
    }

    /// The exact bytes of the MANIFEST file.
    public func rendered() -> [UInt8] {
        var text = "\(Self.headerLine)\n\(Self.releasePrefix)\(releaseID)\n"
        text += "\(Self.previousPrefix)\(previousManifestSHA256 ?? "none")\n"
        for entry in entries.sorted(by: { ReleaseFiles.byteOrder($0.file, $1.file) }) {
            text += "\(entry.sha256)  \(entry.file)\n"
        }
        return Array(text.utf8)
    }

    /// Parses MANIFEST bytes strictly: the three header lines, then exactly the five hashed files in
    /// byte order, `\n` line ends, nothing else. Reasons name the line, never quote it.
    public init(parsing bytes: [UInt8]) throws(ReleaseVerificationError) {
        func bad(_ reason: String) -> ReleaseVerificationError { .malformedManifest(reason: reason) }
        guard bytes.allSatisfy({ $0 < 0x80 }) else { throw bad("it is not plain ASCII") }
        guard !bytes.contains(UInt8(ascii: "\r")) else { throw bad("it has CR line ends (expected \\n)") }
        guard bytes.last == UInt8(ascii: "\n") else { throw bad("it does not end with a newline") }
        let lines = String(decoding: bytes.dropLast(), as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let expectedCount = 3 + ReleaseFiles.hashed.count
        guard lines.count == expectedCount else {
            throw bad("it has \(lines.count) lines, expected \(expectedCount)")
        }
        guard lines[0] == Self.headerLine else { throw bad("line 1 is not \"\(Self.headerLine)\"") }
        guard lines[1].hasPrefix(Self.releasePrefix) else { throw bad("line 2 is not \"\(Self.releasePrefix)<id>\"") }
        let id = String(lines[1].dropFirst(Self.releasePrefix.count))
        guard ReleaseFiles.isValidReleaseID(id) else { throw bad("line 2 does not hold a release id like r0001") }
        guard lines[2].hasPrefix(Self.previousPrefix) else {
            throw bad("line 3 is not \"\(Self.previousPrefix)<hex|none>\"")
        }
        let previous = String(lines[2].dropFirst(Self.previousPrefix.count))
        guard previous == "none" || ReleaseFiles.isSHA256Hex(previous) else {
            throw bad("line 3 holds neither a lowercase SHA-256 nor \"none\"")
        }
        var entries: [Entry] = []
        for (offset, name) in ReleaseFiles.hashed.enumerated() {
            let line = lines[3 + offset]
            let number = 4 + offset
            guard line.utf8.count == 64 + 2 + name.utf8.count, line.hasSuffix("  " + name) else {
                throw bad("line \(number) should list \(name)")
            }
            let hex = String(line.prefix(64))
            guard ReleaseFiles.isSHA256Hex(hex) else { throw bad("line \(number) has no lowercase SHA-256 for \(name)") }
            entries.append(Entry(file: name, sha256: hex))
        }
        self.init(releaseID: id, previousManifestSHA256: previous == "none" ? nil : previous, entries: entries)
    }
}
