/// Why a release directory does not verify. Every case names the file at fault; descriptions never
/// quote file contents.
public enum ReleaseVerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The release directory does not exist or is not a directory.
    case notADirectory(path: String)
    /// One of the seven files is missing.
    case missingFile(String)
    /// A file that is not one of the seven is present.
    case unexpectedFile(String)
    /// One of the seven is not a regular file (a link, a directory, …).
    case notARegularFile(String)
    /// A file could not be read.
    case unreadable(file: String, reason: String)
    /// `MANIFEST.sig` is not 64 bytes.
    case malformedSignature(size: Int)
    /// `MANIFEST.sig` is not a valid signature of `MANIFEST` under the given key: either file was
    /// altered, or the key is not the one that signed.
    case badSignature
    /// `MANIFEST` does not follow the format.
    case malformedManifest(reason: String)
    /// A file's SHA-256 differs from the one MANIFEST lists.
    case hashMismatch(file: String)

    /// The file the error is about.
    public var file: String? {
        switch self {
        case .notADirectory: nil
        case .missingFile(let name), .unexpectedFile(let name), .notARegularFile(let name), .hashMismatch(let name): name
        case .unreadable(let name, _): name
        case .malformedSignature, .badSignature: ReleaseFiles.signature
        case .malformedManifest: ReleaseFiles.manifest
        }
    }

    public var description: String {
        switch self {
        case .notADirectory(let path): "\(path) is not a release directory"
        case .missingFile(let name): "\(name) is missing from the release"
        case .unexpectedFile(let name) where name == ReleaseFiles.localChanges:
            "\(name) is present: this copy was changed on purpose by `corpus pull` (tombstones applied), so it no longer verifies"
        case .unexpectedFile(let name): "\(name) is not part of a release (a release has exactly seven files)"
        case .notARegularFile(let name): "\(name) is not a regular file"
        case .unreadable(let name, let reason): "\(name) cannot be read (\(reason))"
        case .malformedSignature(let size): "MANIFEST.sig has \(size) bytes, an Ed25519 signature has 64"
        case .badSignature:
            "MANIFEST.sig does not verify MANIFEST with this key: MANIFEST or MANIFEST.sig was altered, or the key is not the corpus signing key"
        case .malformedManifest(let reason): "MANIFEST is malformed: \(reason)"
        case .hashMismatch(let name): "\(name) does not match its SHA-256 in MANIFEST: the file was altered"
        }
    }
}
