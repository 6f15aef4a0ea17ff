public import Foundation

/// Where the corpus lives: `--corpus PATH`, else `$TESTIMONY_CORPUS`, else `corpus.sqlite` next to
/// the vault directory (beside it, not inside: the corpus holds no secrets and may be shared).
public enum CorpusLocation {
    public static let defaultFileName = "corpus.sqlite"

    public static func resolve(explicit: String?, environment: [String: String], vault: URL) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let env = environment["TESTIMONY_CORPUS"], !env.isEmpty { return URL(fileURLWithPath: env) }
        return vault.deletingLastPathComponent().appendingPathComponent(defaultFileName)
    }
}
