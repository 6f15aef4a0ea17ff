extension String {
    /// Whether every UTF-8 byte is below 0x80.
    var isASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

    /// Whether this string has exactly the bytes of `ascii`, an ASCII string: an equal UTF-8 length
    /// and `==`. `==` alone is canonical equivalence and would also match another spelling, but a
    /// non-ASCII spelling canonically equivalent to an ASCII string is always longer (U+212A KELVIN
    /// SIGN for "K", say). The release writer's caches of escaped values reuse bytes on this test.
    func hasSameBytes(asASCII ascii: String) -> Bool {
        utf8.count == ascii.utf8.count && self == ascii
    }
}
