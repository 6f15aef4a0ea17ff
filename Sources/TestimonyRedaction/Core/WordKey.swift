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

    /// `word.hasSuffix(suffix)`. For an ASCII word (`ascii`, e.g. `Token.isASCII`) the bytes are compared: its
    /// Characters are its bytes (a token holds no "\r\n"), and no non-ASCII suffix is canonically equivalent to
    /// ASCII text, so the answer is the same without `hasSuffix`'s Character-wise comparison (hundreds of
    /// instructions, thousands for a non-ASCII suffix). Other words go to `hasSuffix`.
    @inline(__always) static func hasSuffix(_ word: String, ascii: Bool, _ suffix: String) -> Bool {
        guard ascii else { return word.hasSuffix(suffix) }
        let w = word.utf8
        let s = suffix.utf8
        let count = s.count
        guard count <= w.count else { return false }
        return w.suffix(count).elementsEqual(s)
    }

    /// Tails of every word in `words` that is at least three bytes long; shorter words get their own key.
    static func tails<S: Sequence>(_ words: S) -> KeySet where S.Element == String {
        KeySet(words.map(tail))
    }
}
