import TestimonyCrypto

/// Generated word passphrases: six words from a 2,048-word list (66 bits), separated by dashes.
public enum PassphraseGenerator {
    /// Words per generated passphrase.
    public static let wordCount = 6

    /// A new random passphrase.
    public static func generate() -> String {
        let words = PassphraseWordList.words
        return (0..<wordCount).map { _ in words[Int(Random.uniform(UInt32(words.count)))] }.joined(separator: "-")
    }
}
