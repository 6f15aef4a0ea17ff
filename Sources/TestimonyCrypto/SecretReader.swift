#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
internal import CSodium

/// Reads secrets (passphrases, recovery keys) from a file descriptor straight into secure memory.
public enum SecretReader {
    /// Longest accepted secret line, in bytes.
    public static let maxLength = 1024

    /// Reads one line (up to `\n` or end of file) from `fd`, without the line ending.
    /// The bytes never pass through ordinary Swift arrays or strings.
    /// - Throws: `readFailed` on an I/O error or a line longer than `maxLength`.
    public static func readLine(fd: Int32) throws(CryptoError) -> SecureBytes {
        Sodium.require()
        // One spare byte so a maximal line may still end in \r\n.
        let capacity = maxLength + 1
        guard let scratch = sodium_malloc(capacity) else { throw .outOfSecureMemory }
        defer {
            sodium_memzero(scratch, capacity)
            sodium_free(scratch)
        }
        let bytes = scratch.assumingMemoryBound(to: UInt8.self)
        var length = 0
        var byte: UInt8 = 0
        while true {
            let n = read(fd, &byte, 1)
            if n < 0 {
                if errno == EINTR { continue }
                throw .readFailed("read error \(errno)")
            }
            if n == 0 || byte == UInt8(ascii: "\n") { break }
            guard length < capacity else {
                byte = 0
                throw .readFailed("line longer than \(maxLength) bytes")
            }
            bytes[length] = byte
            length += 1
        }
        byte = 0
        if length > 0 && bytes[length - 1] == UInt8(ascii: "\r") { length -= 1 }
        guard length <= maxLength else { throw .readFailed("line longer than \(maxLength) bytes") }
        let finalLength = length
        return try SecureBytes(count: finalLength) { out in
            if finalLength > 0 { out.baseAddress!.copyMemory(from: scratch, byteCount: finalLength) }
        }
    }
}
