internal import CSodium

/// One-time libsodium initialisation, run lazily and thread-safely through a global `let`.
private let sodiumInitResult: Int32 = sodium_init()

/// Entry points that every crypto call goes through first.
public enum Sodium {
    /// Initialises libsodium (idempotent).
    /// - Throws: `CryptoError.initializationFailed` if libsodium cannot start.
    public static func ensureInitialized() throws(CryptoError) {
        if sodiumInitResult < 0 { throw .initializationFailed }
    }

    /// Initialises libsodium, stopping the process if that is impossible (no crypto, no tool).
    static func require() {
        precondition(sodiumInitResult >= 0, "libsodium failed to initialise")
    }

    /// The libsodium version string, for diagnostics.
    public static var version: String {
        require()
        return String(cString: sodium_version_string())
    }
}
