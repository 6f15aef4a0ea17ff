/// Cheap allocation-free keys for prefilters: a word can end with a listed word only if their last
/// three UTF-8 bytes agree, so a `Set<UInt32>` of tails rules out most tokens before any `hasSuffix`.
enum WordKey {
    /// The last three UTF-8 bytes of `s` (fewer for shorter strings), with the length in the top byte.
    @inline(__always) static func tail(_ s: String) -> UInt32 {
        var key: UInt32 = 0
        var n: UInt32 = 0
        for byte in s.utf8.reversed() {
            key |= UInt32(byte) << (8 * n)
            n += 1
            if n == 3 { break }
        }
        return key | n << 24
    }

    /// Tails of every word in `words` that is at least three bytes long; shorter words get their own key.
    static func tails<S: Sequence>(_ words: S) -> KeySet where S.Element == String {
        KeySet(words.map(tail))
    }
}
