internal import CSodium

/// Direct libsodium XChaCha20-Poly1305 calls on caller-owned, reused buffers: the benchmark's baseline.
///
/// Like any correct use it draws a fresh random nonce per message; it skips everything else the
/// vault adds (blob framing, a new output array per message, secure-memory key access).
/// Not for product code.
public struct RawAEADBaseline: ~Copyable {
    private let key: [UInt8]
    private var nonce: [UInt8]
    private var output: [UInt8]

    /// Prepares a baseline for messages of up to `maxMessage` bytes with a random key and nonce.
    public init(maxMessage: Int) {
        Sodium.require()
        var k = [UInt8](repeating: 0, count: Int(crypto_aead_xchacha20poly1305_ietf_keybytes()))
        var n = [UInt8](repeating: 0, count: Int(crypto_aead_xchacha20poly1305_ietf_npubbytes()))
        randombytes_buf(&k, k.count)
        randombytes_buf(&n, n.count)
        key = k
        nonce = n
        output = [UInt8](repeating: 0, count: maxMessage + Int(crypto_aead_xchacha20poly1305_ietf_abytes()))
    }

    /// Encrypts `message` into the reused buffer; returns the ciphertext length.
    public mutating func seal(_ message: [UInt8], associatedData: [UInt8]) -> Int {
        randombytes_buf(&nonce, nonce.count)
        var written: UInt64 = 0
        _ = crypto_aead_xchacha20poly1305_ietf_encrypt(
            &output, &written, message, UInt64(message.count), associatedData, UInt64(associatedData.count),
            nil, nonce, key)
        return Int(written)
    }

    /// Decrypts the buffer's first `length` bytes into `plain`; returns whether it authenticated.
    public mutating func open(length: Int, associatedData: [UInt8], into plain: inout [UInt8]) -> Bool {
        var written: UInt64 = 0
        return crypto_aead_xchacha20poly1305_ietf_decrypt(
            &plain, &written, nil, output, UInt64(length), associatedData, UInt64(associatedData.count),
            nonce, key) == 0
    }
}
