public import Foundation

/// Where `corpus pull` fetches a release from: a directory now, HTTP later.
public protocol ReleaseSource: Sendable {
    /// Where it is, for messages (a path or a URL).
    var location: String { get }

    /// The names of the files the source offers, when it can list them (a directory can, plain HTTP
    /// cannot: nil). The puller refuses sources that offer files a release does not have.
    func fileNames() throws -> [String]?

    /// Copies the file `name` of the release to the new local file `destination`, streaming.
    /// Throws if the source has no such file.
    func fetch(_ name: String, to destination: URL) throws
}
