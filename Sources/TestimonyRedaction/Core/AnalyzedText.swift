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
        scalars = out
        originalStart = starts
        originalEnd = ends
        originalCount = index
        tokens = Tokenizer.tokens(of: out)
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
