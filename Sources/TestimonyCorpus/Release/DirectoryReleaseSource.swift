public import Foundation

/// A release directory on a local or mounted file system (`corpus pull --from DIR/r0003`).
public struct DirectoryReleaseSource: ReleaseSource {
    public var directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public var location: String { directory.path }

    public func fileNames() throws -> [String]? {
        try FileManager.default.contentsOfDirectory(atPath: directory.path)
    }

    public func fetch(_ name: String, to destination: URL) throws {
        let source = directory.appendingPathComponent(name)
        guard ReleaseFileSystem.isRegularFile(source) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: source.path])
        }
        let input = try FileHandle(forReadingFrom: source)
        defer { try? input.close() }
        guard FileManager.default.createFile(atPath: destination.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination.path])
        }
        let output = try FileHandle(forWritingTo: destination)
        defer { try? output.close() }
        while let chunk = try input.read(upToCount: 1 << 16), !chunk.isEmpty {
            try output.write(contentsOf: chunk)
        }
        try output.synchronize()
    }
}
