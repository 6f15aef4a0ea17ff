/// Web addresses: `http://…`, `https://…`, `www.…`, and bare domains whose top-level domain is a common
/// one (`example.fi`, `polisen.se`, `example.com`). Trailing punctuation and a Finnish case ending after a
/// colon (`example.fi:ssä`) are left out. Entity: lowercased, without scheme, `www.` and trailing `/`.
public struct URLDetector: Detector, WordStartScanning {
    public var name: String { "url" }

    public init() {}

    /// Top-level domains accepted without a scheme or `www.`. Two-letter English words (`it`, `is`, `at`,
    /// `be`, `me`, `no`, `us`, `in`, `to`, `so`, `as`, `an`, `am`, `do`, `go`) are left out on purpose.
    static let commonTLDs: Set<String> = [
        "com", "org", "net", "edu", "gov", "mil", "int", "info", "biz", "name", "pro", "app", "dev", "io", "ai",
        "fi", "se", "ax", "ee", "dk", "de", "nl", "fr", "es", "pl", "ru", "lt", "lv", "ch", "uk", "eu", "nu", "tv",
        "co", "ly", "ca", "au", "nz", "jp", "online", "site", "blog", "shop", "xyz", "social", "tech",
    ]

    /// Link hosts of well-known platforms, accepted without a scheme whatever their top-level domain
    /// (`discord.gg/…`, `t.me/…`, `wa.me/…`), but only with a path: the path is the invite or profile.
    static let platformHosts: Set<String> = [
        "discord.gg", "discord.com", "discordapp.com", "t.me", "telegram.me", "wa.me", "m.me", "fb.me", "fb.com",
        "facebook.com", "instagram.com", "instagr.am", "tiktok.com", "vm.tiktok.com", "snapchat.com", "youtube.com",
        "youtu.be", "twitch.tv", "twitter.com", "x.com", "reddit.com", "kik.me", "linktr.ee", "onlyfans.com",
        "threads.net", "bsky.app", "signal.me", "steamcommunity.com", "roblox.com",
    ]

    static let http = CodeScan.lowered("http://")
    static let https = CodeScan.lowered("https://")
    static let www = CodeScan.lowered("www.")

    @inline(__always) static func isHost(_ s: Unicode.Scalar) -> Bool { CodeScan.isAlnum(s) || s == "-" }

    /// Characters that end a URL in running text.
    @inline(__always) static func isURLChar(_ s: Unicode.Scalar) -> Bool {
        if s.value <= 0x20 { return false }
        switch s {
        case "<", ">", "\"", "«", "»", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00A0}", "\u{202F}",
            "\u{2028}", "\u{2029}", "`", "{", "}", "|", "\\", "^":
            return false
        default: return true
        }
    }

    /// Reads `label(.label)+` from `i`; returns the end and where the last label starts.
    static func host(_ sc: [Unicode.Scalar], _ i: Int) -> (end: Int, lastStart: Int, labels: Int)? {
        let n = sc.count
        var j = i
        var labels = 0
        var lastStart = i
        while true {
            let start = j
            while j < n, isHost(sc[j]) { j += 1 }
            guard j > start else { return nil }
            labels += 1
            lastStart = start
            if j + 1 < n, sc[j] == ".", isHost(sc[j + 1]) {
                j += 1
                continue
            }
            break
        }
        return labels >= 2 ? (j, lastStart, labels) : nil
    }

    /// Path, query and fragment after a host (starting at `j`, if it is `/`, `?`, `#` or `:port`).
    static func tail(_ sc: [Unicode.Scalar], _ j: Int) -> Int {
        let n = sc.count
        var k = j
        if k + 1 < n, sc[k] == ":", CodeScan.isDigit(sc[k + 1]) {
            k = CodeScan.digitRunEnd(sc, k + 1)
        }
        if k < n, sc[k] == "/" || sc[k] == "?" || sc[k] == "#" {
            while k < n, isURLChar(sc[k]) { k += 1 }
        }
        return k
    }

    /// Drops trailing punctuation, unbalanced closing brackets and a `:suffix` case ending, never cutting
    /// at or before `hostEnd`.
    static func trim(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int, hostEnd: Int) -> Int {
        var e = end
        while e > hostEnd {
            let c = sc[e - 1]
            if c == "." || c == "," || c == ";" || c == ":" || c == "!" || c == "?" || c == "'" || c == "*" {
                e -= 1
            } else if c == ")" || c == "]" {
                let open: Unicode.Scalar = c == ")" ? "(" : "["
                var balance = 0
                for k in start..<e {
                    if sc[k] == open { balance += 1 } else if sc[k] == c { balance -= 1 }
                }
                if balance < 0 { e -= 1 } else { break }
            } else {
                break
            }
        }
        // "https://example.fi/sivu:lla": a colon followed by 1–4 letters at the very end is a case ending.
        var k = e
        while k > hostEnd, k > e - 5, CodeScan.isLetter(sc[k - 1]) { k -= 1 }
        if k < e, k > hostEnd, sc[k - 1] == ":", !CodeScan.isDigit(sc[k]) { e = k - 1 }
        return e
    }

    public func detect(in text: AnalyzedText) -> [Detection] {
        detect(in: text, wordStarts: nil)
    }

    /// The same, visiting the word starts the caller found once for several detectors (a URL starts at a
    /// letter or digit with none before it).
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection] {
        let sc = text.scalars
        let n = sc.count
        var out: [Detection] = []
        // Shared starts: runs starting with an h that a ":" follows ("http:", "https:"), and runs that go on with "-"
        // or with "." and a host scalar (a second label: a full stop that ends a sentence has none). Any other start
        // returns nil or the end of its run below (`host` finds one label).
        CodeScan.forEachWordStart(sc, starts: wordStarts, where: { entry in
            let fact = entry.fact
            if fact & WordStarts.Fact.colonAfter != 0 { return sc[entry.start].value | 0x20 == 0x68 }
            guard fact & WordStarts.Fact.dotOrHyphenAfter != 0 else { return false }
            let end = entry.end
            return sc[end] == "-" || end + 1 < n && Self.isHost(sc[end + 1])
        }) { i in
            let s = sc[i]
            if i > 0 {
                let p = sc[i - 1]
                if p == "@" || p == "." || p == "-" || p == "_" || p == "/" { return nil }
            }
            // Without "http" a match needs a host of two labels: its first run of letters and digits must go on
            // with "." or "-". Other words are skipped without reading them twice.
            let runEnd = CodeScan.alnumRunEnd(sc, i)
            if CodeScan.lower(s) != 0x68, runEnd >= n || sc[runEnd] != "." && sc[runEnd] != "-" { return runEnd }
            if let found = match(sc, i) {
                out.append(Detection(
                    start: i, end: found.end, type: .url, detector: name, confidence: found.confidence,
                    entity: Self.entity(sc, i, found.end)))
                return found.end
            }
            // Nothing starts inside this word: skip it (no position inside it is a boundary).
            return runEnd
        }
        return out
    }

    func match(_ sc: [Unicode.Scalar], _ i: Int) -> (end: Int, confidence: Double)? {
        let n = sc.count
        let first = CodeScan.lower(sc[i])
        if first == 0x68, CodeScan.matches(sc, i, Self.http) || CodeScan.matches(sc, i, Self.https) {
            let bodyStart = i + (CodeScan.matches(sc, i, Self.https) ? 8 : 7)
            guard bodyStart < n, CodeScan.isAlnum(sc[bodyStart]) else { return nil }
            var j = bodyStart
            while j < n, Self.isURLChar(sc[j]) { j += 1 }
            let end = Self.trim(sc, i, j, hostEnd: bodyStart + 1)
            return end > bodyStart ? (end, 0.98) : nil
        }
        guard let host = Self.host(sc, i) else { return nil }
        if host.end < n, sc[host.end] == "@" { return nil }
        let tldStart = host.lastStart
        let tldLength = host.end - tldStart
        guard tldLength >= 2 else { return nil }
        var lower = true
        var upper = true
        for k in tldStart..<host.end {
            let c = sc[k]
            guard CodeScan.isLetter(c) else { return nil }
            if CodeScan.isUpper(c) { lower = false } else { upper = false }
        }
        guard lower || upper else { return nil }
        if host.end < n, CodeScan.isLetter(sc[host.end]) { return nil }
        let isWWW = CodeScan.matches(sc, i, Self.www)
        if !isWWW, !(tldLength <= 6 && Self.commonTLDs.contains(CodeScan.lowercased(sc, tldStart, host.end))) {
            // "discord.gg/kuusikko77", "t.me/nimi": a platform's link host followed by a path.
            guard host.end - i <= 20, host.end + 1 < n, sc[host.end] == "/", CodeScan.isAlnum(sc[host.end + 1]) || sc[host.end + 1] == "@",
                Self.platformHosts.contains(CodeScan.lowercased(sc, i, host.end))
            else { return nil }
            let end = Self.trim(sc, i, Self.tail(sc, host.end), hostEnd: host.end + 2)
            return (end, 0.9)
        }
        let end = Self.trim(sc, i, Self.tail(sc, host.end), hostEnd: host.end)
        return (end, isWWW ? 0.95 : 0.8)
    }

    static func entity(_ sc: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var s = start
        if CodeScan.matches(sc, s, https) { s += 8 } else if CodeScan.matches(sc, s, http) { s += 7 }
        if CodeScan.matches(sc, s, www) { s += 4 }
        var e = end
        while e > s + 1, sc[e - 1] == "/" { e -= 1 }
        return CodeScan.lowercased(sc, s, e)
    }
}
