import Testing
@testable import TestimonyCrypto

/// Wiping ordinary arrays and moving bytes into secure memory.
@Suite("Memory wiping")
struct MemoryTests {
    @Test("wipe empties the array", arguments: [0, 1, 32, 4096])
    func wipeEmpties(count: Int) {
        var bytes = CryptoTestHelpers.pattern(count)
        Memory.wipe(&bytes)
        #expect(bytes.isEmpty)
        #expect(bytes.count == 0)
    }

    @Test("SecureBytes(wiping:) keeps a copy of the bytes and empties the source")
    func secureBytesWipesSource() throws {
        let original = Array("passphrase in a buffer".utf8)
        var source = original
        let secret = try SecureBytes(wiping: &source)
        #expect(source.isEmpty)
        #expect(secret.count == original.count)
        #expect(secret.exposedCopy() == original)
    }

    @Test("constantTimeEquals compares contents and lengths")
    func constantTimeEquals() throws {
        let a = try CryptoTestHelpers.secret([1, 2, 3, 4])
        let b = try CryptoTestHelpers.secret([1, 2, 3, 4])
        let c = try CryptoTestHelpers.secret([1, 2, 3, 5])
        let d = try CryptoTestHelpers.secret([1, 2, 3])
        let empty1 = try CryptoTestHelpers.secret([UInt8]())
        let empty2 = try CryptoTestHelpers.secret([UInt8]())
        #expect(a.constantTimeEquals(b))
        #expect(!a.constantTimeEquals(c))
        #expect(!a.constantTimeEquals(d))
        #expect(!d.constantTimeEquals(a))
        #expect(empty1.constantTimeEquals(empty2))
        #expect(!empty1.constantTimeEquals(a))
    }

    @Test("SecureBytes.random gives fresh bytes of the asked length")
    func random() throws {
        let a = try SecureBytes.random(count: 32)
        let b = try SecureBytes.random(count: 32)
        #expect(a.count == 32)
        #expect(!a.constantTimeEquals(b))
        #expect(try SecureBytes.random(count: 0).count == 0)
    }
}
