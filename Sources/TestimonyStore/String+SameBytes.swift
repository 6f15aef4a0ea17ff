extension String {
    /// Whether this string has exactly the UTF-8 bytes of `other`. `==` is canonical equivalence
    /// and also matches another spelling (U+212A KELVIN SIGN for "K", a decomposed "é"), which must
    /// not be taken for this one where stored bytes are reused.
    func hasSameBytes(as other: String) -> Bool {
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            // Bounds-checked views of the bytes: `elementsEqual` over the UTF-8 views went through
            // the generic iterator, about 50 instructions a byte.
            let mine = utf8.span
            let theirs = other.utf8.span
            guard mine.count == theirs.count else { return false }
            var differ: UInt8 = 0
            for k in 0..<mine.count { differ |= mine[k] ^ theirs[k] }
            return differ == 0
        }
        return utf8.elementsEqual(other.utf8)
    }
}
