public import Foundation

/// A release directory that verified: its parsed MANIFEST and that MANIFEST's own SHA-256.
public struct VerifiedRelease: Sendable, Equatable {
    public var directory: URL
    public var manifest: ReleaseManifest
    /// SHA-256 (hex) of the MANIFEST bytes: what the next release names as its previous.
    public var manifestSHA256: String

    /// `r0001`, …
    public var releaseID: String { manifest.releaseID }
    /// SHA-256 (hex) of the previous release's MANIFEST, nil for the first.
    public var previousManifestSHA256: String? { manifest.previousManifestSHA256 }
}
