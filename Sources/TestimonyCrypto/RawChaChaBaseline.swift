internal import CSodium

/// Direct libsodium ChaCha20-Poly1305 (IETF) on a reused buffer, 64 KiB at a time: the baseline
/// for the age STREAM benchmark. Not for product code.
public struct RawChaChaBaseline: ~Copyable {
    private var key = [UInt8](repeating: 0, count: 32)
    private var nonce = [UInt8](repeating: 0, count: 12)
    private var output: [UInt8]

    public init(chunk: Int) {
        Sodium.require()
        randombytes_buf(&key, key.count)
        output = [UInt8](repeating: 0, count: chunk + 16)
    }

    /// Encrypts `message` chunk by chunk (counter nonces); returns the bytes written.
    public mutating func seal(_ message: [UInt8], chunk: Int) -> Int {
        var total = 0
        var counter: UInt64 = 0
        var offset = 0
        repeat {
            let end = min(offset + chunk, message.count)
            for k in 0..<8 { nonce[3 + k] = UInt8(truncatingIfNeeded: counter >> (56 - 8 * UInt64(k))) }
            nonce[11] = end == message.count ? 1 : 0
            var written: UInt64 = 0
            message.withUnsafeBufferPointer { m in
                _ = crypto_aead_chacha20poly1305_ietf_encrypt(
                    &output, &written, m.baseAddress! + offset, UInt64(end - offset), nil, 0, nil, nonce, key)
            }
            total += Int(written)
            counter += 1
            offset = end
        } while offset < message.count
        return total
    }
}
