import Foundation

/// A text prepared for detectors: Unicode-normalised (NFC, zero-width characters removed), split into
/// tokens, with a map from every normalised scalar back to the original scalar offsets.
public struct AnalyzedText: Sendable {
    /// The original text.
    public let original: String
    /// Normalised scalars.
    public let scalars: [Unicode.Scalar]
    /// Tokens in order.
    public let tokens: [Token]
    /// Original scalar offset where each normalised scalar starts / ends; empty while normalisation changed
    /// nothing (then scalar k is original scalar k: most texts, and no two arrays to fill per scalar).
    let originalStart: [Int]
    let originalEnd: [Int]
    /// Number of scalars in the original.
    public let originalCount: Int

    static let invisible: Set<UInt32> = [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD]

    public init(_ text: String) {
        original = text
        // Most texts have no scalar that normalisation touches: their scalars, decoded from the UTF-8 bytes.
        let normalised = Self.plainScalars(text).map { ($0, [Int](), [Int](), $0.count) } ?? Self.normalise(text)
        scalars = normalised.0
        originalStart = normalised.1
        originalEnd = normalised.2
        originalCount = normalised.3
        tokens = Tokenizer.tokens(of: scalars)
    }

    /// NFC scalars without zero-width characters, the original start and end offsets of each (empty while
    /// nothing was dropped or composed) and the original scalar count.
    static func normalise(_ text: String) -> ([Unicode.Scalar], [Int], [Int], Int) {
        var out: [Unicode.Scalar] = []
        var starts: [Int] = []
        var ends: [Int] = []
        let count = text.utf8.count  // an upper bound on the scalars, without a second walk
        out.reserveCapacity(count)
        // The offset arrays are filled only from the first scalar normalisation drops or composes.
        var identity = true
        var index = 0
        for scalar in text.unicodeScalars {
            defer { index += 1 }
            if scalar.value < 0x300 && scalar.value != 0xAD {  // fast path: nothing else below U+0300 is invisible or combining
                out.append(scalar)
                if !identity {
                    starts.append(index)
                    ends.append(index + 1)
                }
                continue
            }
            if Self.invisible.contains(scalar.value) {
                if identity {
                    identity = false
                    (starts, ends) = Self.identityMapping(out.count, capacity: count)
                }
                continue
            }
            if scalar.properties.generalCategory == .nonspacingMark, let last = out.last {
                let composed = String(String.UnicodeScalarView([last, scalar])).precomposedStringWithCanonicalMapping.unicodeScalars
                if composed.count == 1, let single = composed.first {
                    if identity {
                        identity = false
                        (starts, ends) = Self.identityMapping(out.count, capacity: count)
                    }
                    out[out.count - 1] = single
                    ends[ends.count - 1] = index + 1
                    continue
                }
            }
            out.append(scalar)
            if !identity {
                starts.append(index)
                ends.append(index + 1)
            }
        }
        return (out, starts, ends, index)
    }

    /// The text's scalars when none of them is at or above U+0300 or a soft hyphen (nothing for
    /// normalisation to drop or compose), decoded from a copy of its UTF-8 bytes by integer offset: the
    /// scalar view's iterator and an append per scalar cost several times more. Nil for any other text.
    static func plainScalars(_ text: String) -> [Unicode.Scalar]? {
        // The bytes are read in place (a copy of them cost an allocation and a pass).
        let bytes = text.utf8.span
        let n = bytes.count
        // Written by index into an array of the byte count (at least the scalar count), then cut to length:
        // cheaper than an append per scalar.
        var out = [Unicode.Scalar](repeating: "\0", count: n)
        var k = 0
        var j = 0
        while k < n {
            let b0 = bytes[k]
            if b0 < 0x80 {
                out[j] = Unicode.Scalar(b0)
                j += 1
                k += 1
                continue
            }
            // U+0080–U+02FF are two bytes with a lead byte below 0xCC; anything longer is at or above U+0800.
            guard b0 < 0xCC, k + 1 < n else { return nil }
            let value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[k + 1] & 0x3F)
            guard value != 0xAD, let scalar = Unicode.Scalar(value) else { return nil }
            out[j] = scalar
            j += 1
            k += 2
        }
        out.removeLast(n - j)
        return out
    }

    /// Offsets for the first `n` scalars when each is the original one (start k, end k + 1).
    static func identityMapping(_ n: Int, capacity: Int) -> ([Int], [Int]) {
        var starts: [Int] = []
        var ends: [Int] = []
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        starts.append(contentsOf: 0..<n)
        ends.append(contentsOf: 1..<(n + 1))
        return (starts, ends)
    }

    /// The original scalar range of normalised scalars `start..<end`.
    public func originalRange(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
        if originalStart.isEmpty {
            // Nothing was dropped or composed: offsets are the same.
            guard start < end, start < scalars.count else { return (originalCount, originalCount) }
            return (start, min(end, scalars.count))
        }
        guard start < end, start < originalStart.count else { return (originalCount, originalCount) }
        return (originalStart[start], originalEnd[min(end, originalEnd.count) - 1])
    }

    /// The normalised text of `start..<end`.
    public func text(_ start: Int, _ end: Int) -> String {
        CodeScan.string(scalars[max(0, start)..<min(end, scalars.count)])
    }

    /// The index of the token starting at or after scalar `offset` (binary search).
    public func tokenIndex(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].start < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
