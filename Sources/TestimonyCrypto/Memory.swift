internal import CSodium

/// Wiping ordinary memory that held secrets or plaintext.
public enum Memory {
    /// Overwrites every byte of `bytes` with zero (not optimised away) and empties it.
    public static func wipe(_ bytes: inout [UInt8]) {
        Sodium.require()
        let count = bytes.count
        if count > 0 {
            bytes.withUnsafeMutableBytes { sodium_memzero($0.baseAddress!, count) }
        }
        bytes.removeAll()
    }
}
