public import Foundation
public import TestimonyCrypto

/// Verifies a release directory: exactly the seven files, a valid signature over MANIFEST with the
/// given key, a well-formed MANIFEST, and every listed file matching its SHA-256.
public enum ReleaseVerifier {
    /// MANIFEST is a few hundred bytes; anything far larger is not one.
    static let manifestSizeLimit = 64 * 1024

    /// Verifies `directory`, returning its parsed MANIFEST. The signature is checked before MANIFEST
    /// is parsed, and the files are hashed in streaming fashion.
    public static func verify(directory: URL, publicKey: Ed25519PublicKey) throws(ReleaseVerificationError) -> VerifiedRelease {
        guard ReleaseFileSystem.isDirectory(directory) else { throw .notADirectory(path: directory.path) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadable(file: directory.lastPathComponent, reason: "cannot list the directory")
        }
        try checkFileSet(names, in: directory)

        let manifestBytes = try read(ReleaseFiles.manifest, in: directory, limit: manifestSizeLimit)
        let signature = try read(ReleaseFiles.signature, in: directory, limit: 1024)
        guard signature.count == Ed25519SigningKey.signatureByteCount else { throw .malformedSignature(size: signature.count) }
        guard publicKey.isValidSignature(signature, for: manifestBytes) else { throw .badSignature }
        let manifest = try ReleaseManifest(parsing: manifestBytes)
        for entry in manifest.entries {
            let actual: String
            do {
                actual = try SHA256.hexOfFile(at: directory.appendingPathComponent(entry.file))
            } catch {
                throw .unreadable(file: entry.file, reason: "read failed")
            }
            guard actual == entry.sha256 else { throw .hashMismatch(file: entry.file) }
        }
        return VerifiedRelease(directory: directory, manifest: manifest, manifestSHA256: SHA256.hex(manifestBytes))
    }

    /// Exactly the seven files, each a regular file. Missing files are reported first (in name order),
    /// then extra ones.
    static func checkFileSet(_ names: [String], in directory: URL) throws(ReleaseVerificationError) {
        let present = Set(names)
        for name in ReleaseFiles.all where !present.contains(name) { throw .missingFile(name) }
        let expected = Set(ReleaseFiles.all)
        for name in names.sorted(by: ReleaseFiles.byteOrder) where !expected.contains(name) {
            throw .unexpectedFile(name)
        }
        for name in ReleaseFiles.all where !ReleaseFileSystem.isRegularFile(directory.appendingPathComponent(name)) {
            throw .notARegularFile(name)
        }
    }

    private static func read(_ name: String, in directory: URL, limit: Int) throws(ReleaseVerificationError) -> [UInt8] {
        do {
            let handle = try FileHandle(forReadingFrom: directory.appendingPathComponent(name))
            defer { try? handle.close() }
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            guard data.count <= limit else { throw ReleaseVerificationError.unreadable(file: name, reason: "larger than \(limit) bytes") }
            return Array(data)
        } catch let error as ReleaseVerificationError {
            throw error
        } catch {
            throw .unreadable(file: name, reason: "read failed")
        }
    }
}
