/// IP addresses. IPv4: exactly four dotted octets 0–255 (`1.2.3` and `1.2.3.4.5` are not addresses; a
/// preceding "version"/"versio"/"v" word rules it out too). IPv6: eight full groups, or a compressed form
/// with one `::` (at least two groups, or a leading `::`), optionally ending in an IPv4 address.
/// Entity: the address lowercased.
public struct IPAddressDetector: Detector, MarkScanning {
    public var name: String { "ip" }

    public init() {}

    static let versionWords: [[UInt32]] = ["version", "versio", "versiosta", "versiossa", "versiota", "versionen",
        "ver", "v", "release", "build", "firmware", "päivitys"].map(CodeScan.lowered)

    /// The end of an IPv4 address at `i`, or nil. Does not look at what comes before.
    static func ipv4End(_ sc: [Unicode.Scalar], _ i: Int) -> Int? {
        let n = sc.count
        var j = i
        for part in 0..<4 {
            let end = CodeScan.digitRunEnd(sc, j)
            guard end > j, end - j <= 3, CodeScan.value(sc, j, end) <= 255 else { return nil }
            j = end
            if part < 3 {
                guard j + 1 < n, sc[j] == ".", CodeScan.isDigit(sc[j + 1]) else { return nil }
                j += 1
            }
        }
        guard CodeScan.boundaryAfter(sc, j), !(j + 1 < n && sc[j] == "." && CodeScan.isDigit(sc[j + 1])) else {
            return nil
        }
        return j
    }

    /// The end of an IPv6 address at `i`, or nil.
    static func ipv6End(_ sc: [Unicode.Scalar], _ i: Int) -> Int? {
        let n = sc.count
        var j = i
        var groups = 0
        var compressed = false
        var leading = false
        if j + 1 < n, sc[j] == ":", sc[j + 1] == ":" {
            compressed = true
            leading = true
            j += 2
        }
        var end = j
        while j < n {
            let start = j
            while j < n, CodeScan.isHex(sc[j]), j - start <= 4 { j += 1 }
            let length = j - start
            guard length > 0 else { break }
            guard length <= 4 else { return nil }
            if j < n, sc[j] == ".", length <= 3, groups <= 6, let v4 = ipv4End(sc, start) {
                groups += 2
                end = v4
                break
            }
            guard j >= n || !CodeScan.isAlnum(sc[j]) else { return nil }
            groups += 1
            end = j
            if j + 1 < n, sc[j] == ":", sc[j + 1] == ":" {
                guard !compressed else { return nil }
                compressed = true
                j += 2
                end = j
                continue
            }
            if j + 1 < n, sc[j] == ":", CodeScan.isHex(sc[j + 1]) {
                j += 1
                continue
            }
            break
        }
        guard end >= n || !(CodeScan.isAlnum(sc[end]) || sc[end] == ":") else { return nil }
        if compressed {
            guard groups <= 7, groups >= 2 || (leading && groups >= 1) else { return nil }
        } else {
            guard groups == 8 else { return nil }
        }
        return end
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, marks: CodeMarks(text.scalars))
    }

    /// An IPv4 address starts a run of digits; an IPv6 address has a ":" within its first five scalars
    /// (a first group of up to four hex digits, or a leading "::"). Only those positions are tried, left
    /// to right (an address skips the positions inside it).
    func detect(in text: AnalyzedText, marks: CodeMarks) -> [Detection] {
        let sc = text.scalars
        var out: [Detection] = []
        var next = 0
        if marks.colons.isEmpty {
            for i in marks.digitStarts where i >= next {
                if let end = visit(sc, i, colon: false, &out) { next = end }
            }
            return out
        }
        var near: [Int] = []
        near.reserveCapacity(5 * marks.colons.count)
        for c in marks.colons {
            for p in max(c - 4, (near.last ?? -1) + 1, 0)...c { near.append(p) }
        }
        CodeMarks.forEachOfBoth(marks.digitStarts, near) { i in
            guard i >= next else { return }
            if let end = visit(sc, i, colon: true, &out) { next = end }
        }
        return out
    }

    /// The address starting at `i`, appended to `out`, and its end; nil if none starts there. Without a
    /// `colon` in the text no IPv6 address is looked for (every one has a ":").
    func visit(_ sc: [Unicode.Scalar], _ i: Int, colon: Bool, _ out: inout [Detection]) -> Int? {
        let n = sc.count
        let s = sc[i]
        guard CodeScan.isHex(s) || (s == ":" && i + 1 < n && sc[i + 1] == ":") else { return nil }
        if i > 0 {
            let p = sc[i - 1]
            if CodeScan.isAlnum(p) || p == ":" || p == "." || p == "_" || p == "-" { return nil }
        }
        var end: Int?
        if CodeScan.isDigit(s), let v4 = Self.ipv4End(sc, i), !precededByVersionWord(sc, i) {
            end = v4
        } else if colon, let v6 = Self.ipv6End(sc, i) {
            end = v6
        }
        guard let end else { return nil }
        out.append(Detection(
            start: i, end: end, type: .ipAddress, detector: name, confidence: 0.9,
            entity: CodeScan.lowercased(sc, i, end)))
        return end
    }

    func precededByVersionWord(_ sc: [Unicode.Scalar], _ i: Int) -> Bool {
        guard let word = CodeScan.previousWord(sc, before: i) else { return false }
        return Self.versionWords.contains { CodeScan.equals(sc, word.start, word.end, $0) }
    }
}
