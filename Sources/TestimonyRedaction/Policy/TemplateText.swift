/// Placeholder templates filled in without Foundation: a byte search for "{n}" or "{region}" in a
/// template of a few dozen bytes costs less than `range(of:)` / `replacingOccurrences` and needs no cache.
enum TemplateText {
    /// `template` with every `marker` replaced by `value` (the same result as `replacingOccurrences`), or
    /// only the first one.
    static func replacing(_ marker: String, in template: String, with value: String, onlyFirst: Bool = false) -> String {
        let t = Array(template.utf8)
        let m = Array(marker.utf8)
        guard !m.isEmpty, t.count >= m.count else { return template }
        var out: [UInt8] = []
        out.reserveCapacity(t.count + value.utf8.count)
        var i = 0
        var replaced = false
        while i < t.count {
            if !(onlyFirst && replaced), i + m.count <= t.count, t[i] == m[0], t[i..<(i + m.count)].elementsEqual(m) {
                out.append(contentsOf: value.utf8)
                i += m.count
                replaced = true
            } else {
                out.append(t[i])
                i += 1
            }
        }
        return replaced ? String(decoding: out, as: UTF8.self) : template
    }

    /// Whether `template` contains `marker`.
    static func contains(_ marker: String, in template: String) -> Bool {
        let t = Array(template.utf8)
        let m = Array(marker.utf8)
        guard !m.isEmpty, t.count >= m.count else { return false }
        for i in 0...(t.count - m.count) where t[i] == m[0] && t[i..<(i + m.count)].elementsEqual(m) { return true }
        return false
    }
}
