import Testing
@testable import TestimonyRedaction
import TestimonyTestSupport

/// `KeySet` (bitmap, then a binary search of the sorted keys) answers as a `Set` of the same keys: for every
/// key, its neighbours and random others, on sets from empty to a few thousand keys, including keys that
/// share a bitmap slot.
@Suite struct KeySetTests {
    @Test func answersAsASet() {
        var g = SeededGenerator(seed: 3)
        for size in [0, 1, 2, 11, 100, 5000] {
            var keys = (0..<size).map { _ in UInt32(truncatingIfNeeded: g.next()) }
            // Short keys, as the pair and initial sets hold, and duplicates.
            keys += (0..<size / 2).map { _ in UInt32(truncatingIfNeeded: g.next() % 0x200) } + keys.prefix(3)
            let set = Set(keys)
            let keySet = KeySet(keys)
            var probes = keys.flatMap { [$0, $0 &+ 1, $0 &- 1] } + (0..<20_000).map { _ in UInt32(truncatingIfNeeded: g.next()) }
            probes += (0..<0x400).map { UInt32($0) } + [0, .max]
            for probe in probes {
                #expect(keySet.contains(probe) == set.contains(probe), "\(size) \(probe)")
            }
        }
    }

    @Test func keysSharingASlotAreToldApart() {
        // Keys whose mixed values (key × 0x9E3779B1) differ only in their low 16 bits land on one slot:
        // key = mixed × the multiplier's inverse modulo 2^32.
        var inverse: UInt32 = 0x9E37_79B1
        for _ in 0..<5 { inverse = inverse &* (2 &- 0x9E37_79B1 &* inverse) }
        let keys = (0..<64).map { (UInt32(0x1234) << 16 | UInt32($0) * 997) &* inverse }
        #expect(Set(keys.map(KeySet.slot)).count == 1)
        let keySet = KeySet(keys.prefix(32))
        for (k, key) in keys.enumerated() {
            #expect(keySet.contains(key) == (k < 32))
        }
    }
}
