/// age's STREAM payload encryption: ChaCha20-Poly1305 over 64 KiB chunks, nonce =
/// 11-byte big-endian chunk counter || last-chunk flag (0x01 on the final chunk).
///
/// Files are processed in memory. `decrypt` reports what the reference implementation would have
/// released before an error, so tests can check it; the public API discards (and wipes) it.
enum AgeStream {
    static let chunkSize = 64 * 1024
    static let encryptedChunkSize = chunkSize + AgeChaCha.tagBytes

    static func nonce(counter: UInt64, last: Bool) -> [UInt8] {
        var nonce = [UInt8](repeating: 0, count: AgeChaCha.nonceBytes)
        for i in 0..<8 { nonce[10 - i] = UInt8(truncatingIfNeeded: counter >> UInt64(8 * i)) }
        nonce[11] = last ? 1 : 0
        return nonce
    }

    /// Encrypts `plaintext` with the payload key. An empty plaintext is one empty final chunk.
    static func encrypt(_ plaintext: [UInt8], key: SecureBytes) -> [UInt8] {
        let chunks = max(1, (plaintext.count + chunkSize - 1) / chunkSize)
        let total = plaintext.count + chunks * AgeChaCha.tagBytes
        var out = [UInt8](repeating: 0, count: total)
        key.withUnsafeBytes { k in
            plaintext.withUnsafeBytes { p in
                out.withUnsafeMutableBytes { o in
                    for index in 0..<chunks {
                        let start = index * chunkSize
                        let length = min(chunkSize, plaintext.count - start)
                        seal(
                            p.baseAddress.map { $0 + start }, count: length, key: k,
                            nonce: nonce(counter: UInt64(index), last: index == chunks - 1),
                            into: o.baseAddress! + index * encryptedChunkSize)
                    }
                }
            }
        }
        return out
    }

    private static func seal(
        _ message: UnsafeRawPointer?, count: Int, key: UnsafeRawBufferPointer, nonce: [UInt8],
        into out: UnsafeMutableRawPointer
    ) {
        AgeChaCha.seal(message, count: count, key: key, nonce: nonce, into: out)
    }

    /// Decrypts a STREAM payload.
    /// - Returns: the plaintext released chunk by chunk, and the error that stopped decryption
    ///   (nil when the whole payload authenticated up to a final chunk followed by end of file).
    static func decrypt(_ payload: ArraySlice<UInt8>, key: SecureBytes) -> (released: [UInt8], error: AgeError?) {
        var out = [UInt8](repeating: 0, count: payload.count)
        var produced = 0
        let error: AgeError? = key.withUnsafeBytes { k in
            payload.withUnsafeBytes { p in
                out.withUnsafeMutableBytes { o in
                    var offset = 0
                    var counter: UInt64 = 0
                    while true {
                        let remaining = p.count - offset
                        if remaining == 0 {
                            return counter == 0
                                ? .payloadFailure("no payload chunks") : .payloadFailure("truncated: no final chunk")
                        }
                        let input = p.baseAddress! + offset
                        let target = o.baseAddress! + produced
                        if remaining < encryptedChunkSize {
                            // A short chunk must be the final one.
                            if counter != 0 && remaining == AgeChaCha.tagBytes {
                                return .payloadFailure("final chunk is empty")
                            }
                            guard remaining >= AgeChaCha.tagBytes,
                                AgeChaCha.open(
                                    input, count: remaining, key: k, nonce: nonce(counter: counter, last: true),
                                    into: target)
                            else { return .payloadFailure("chunk \(counter) failed to authenticate") }
                            produced += remaining - AgeChaCha.tagBytes
                            return nil
                        }
                        // A full chunk: normally not final, but a full final chunk is allowed.
                        var last = false
                        if !AgeChaCha.open(
                            input, count: encryptedChunkSize, key: k, nonce: nonce(counter: counter, last: false),
                            into: target)
                        {
                            guard
                                AgeChaCha.open(
                                    input, count: encryptedChunkSize, key: k, nonce: nonce(counter: counter, last: true),
                                    into: target)
                            else { return .payloadFailure("chunk \(counter) failed to authenticate") }
                            last = true
                        }
                        produced += chunkSize
                        offset += encryptedChunkSize
                        counter += 1
                        if last {
                            return offset == p.count ? nil : .payloadFailure("trailing data after the final chunk")
                        }
                    }
                }
            }
        }
        // The tail past `produced` was never written (still zero); drop it.
        out.removeSubrange(produced...)
        return (out, error)
    }
}
