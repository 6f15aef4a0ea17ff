public import Foundation

/// Where the vault lives: `--vault DIR`, else `$TESTIMONY_VAULT`, else `$XDG_DATA_HOME/testimony/vault`,
/// else `~/.local/share/testimony/vault`.
public enum VaultLocation {
    /// Resolves the vault directory.
    public static func resolve(explicit: String?, environment: [String: String]) -> URL {
        if let explicit, !explicit.isEmpty { return URL(fileURLWithPath: explicit) }
        if let env = environment["TESTIMONY_VAULT"], !env.isEmpty { return URL(fileURLWithPath: env) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("testimony/vault")
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return URL(fileURLWithPath: home).appendingPathComponent(".local/share/testimony/vault")
    }
}
