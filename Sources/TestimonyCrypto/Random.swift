internal import CSodium

/// The system CSPRNG (libsodium `randombytes`).
public enum Random {
    /// `count` random bytes (not secret-grade storage: use `SecureBytes.random` for keys).
    public static func bytes(_ count: Int) -> [UInt8] {
        Sodium.require()
        var out = [UInt8](repeating: 0, count: count)
        if count > 0 { randombytes_buf(&out, count) }
        return out
    }

    /// A uniform integer in `0..<upperBound`.
    public static func uniform(_ upperBound: UInt32) -> UInt32 {
        Sodium.require()
        return randombytes_uniform(upperBound)
    }
}
