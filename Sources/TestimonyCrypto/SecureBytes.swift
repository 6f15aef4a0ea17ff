internal import CSodium

/// Secret bytes in `sodium_malloc` memory (guard pages, mlocked where allowed), zeroed and freed on deinit.
///
/// Immutable after creation, hence safe to share between tasks.
public final class SecureBytes: @unchecked Sendable {
    private let pointer: UnsafeMutableRawPointer
    /// Number of secret bytes.
    public let count: Int

    /// Allocates `count` bytes and lets `fill` write them once.
    init(count: Int, fill: (UnsafeMutableRawBufferPointer) throws(CryptoError) -> Void) throws(CryptoError) {
        Sodium.require()
        guard let raw = sodium_malloc(max(count, 1)) else { throw .outOfSecureMemory }
        let buffer = UnsafeMutableRawBufferPointer(start: raw, count: count)
        do {
            try fill(buffer)
        } catch {
            sodium_free(raw)
            throw error
        }
        self.pointer = raw
        self.count = count
    }

    /// Fresh random bytes from the system CSPRNG.
    public static func random(count: Int) throws(CryptoError) -> SecureBytes {
        try SecureBytes(count: count) { buffer in
            if count > 0 { randombytes_buf(buffer.baseAddress!, count) }
        }
    }

    /// Copies `bytes` into secure memory and wipes the source array.
    public convenience init(wiping bytes: inout [UInt8]) throws(CryptoError) {
        let source = bytes
        try self.init(count: source.count) { buffer in
            buffer.copyBytes(from: source)
        }
        Memory.wipe(&bytes)
    }

    /// Reads the bytes; the closure must not let the pointer escape.
    public func withUnsafeBytes<R, E: Error>(_ body: (UnsafeRawBufferPointer) throws(E) -> R) throws(E) -> R {
        try body(UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// Constant-time comparison.
    public func constantTimeEquals(_ other: SecureBytes) -> Bool {
        guard count == other.count else { return false }
        if count == 0 { return true }
        return other.withUnsafeBytes { o in sodium_memcmp(pointer, o.baseAddress!, count) == 0 }
    }

    /// A copy of the bytes in ordinary memory, for encoding a key the user must see once (recovery key).
    /// The caller wipes it with `Memory.wipe` after use.
    public func exposedCopy() -> [UInt8] {
        withUnsafeBytes { Array($0) }
    }

    deinit {
        sodium_memzero(pointer, max(count, 1))
        sodium_free(pointer)
    }
}
