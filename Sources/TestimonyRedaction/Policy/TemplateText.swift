/// Placeholder templates filled in without Foundation: a byte search for "{n}" or "{region}" in a
/// template of a few dozen bytes costs less than `range(of:)` / `replacingOccurrences` and needs no cache.
enum TemplateText {
    /// `template` with every `marker` replaced by `value` (the same result as `replacingOccurrences`).
    static func replacing(_ marker: String, in template: String, with value: String) -> String {
        let t = Array(template.utf8)
        let m = Array(marker.utf8)
        guard !m.isEmpty, t.count >= m.count else { return template }
        var out: [UInt8] = []
        out.reserveCapacity(t.count + value.utf8.count)
        var i = 0
        var replaced = false
        while i < t.count {
            if i + m.count <= t.count, t[i] == m[0], t[i..<(i + m.count)].elementsEqual(m) {
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

    /// The text before and after the first `marker` in `template` (nil when there is none). The bytes are
    /// compared by integer offset (a generic `starts(with:)` per position cost thousands of instructions per
    /// template); a marker starts with an ASCII byte, so the cut falls between whole scalars.
    static func split(_ template: String, at marker: String) -> (String, String)? {
        let t = Array(template.utf8)
        let m = Array(marker.utf8)
        guard !m.isEmpty else { return t.isEmpty ? nil : ("", template) }
        guard t.count >= m.count else { return nil }
        for i in 0...(t.count - m.count) where t[i] == m[0] && t[i..<(i + m.count)].elementsEqual(m) {
            return (String(decoding: t[0..<i], as: UTF8.self), String(decoding: t[(i + m.count)...], as: UTF8.self))
        }
        return nil
    }
}
