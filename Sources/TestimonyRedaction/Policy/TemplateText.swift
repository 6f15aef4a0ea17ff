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

    /// The text before and after the first `marker` in `template` (nil when there is none).
    static func split(_ template: String, at marker: String) -> (String, String)? {
        let utf8 = template.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            if utf8[i...].starts(with: marker.utf8) {
                let end = utf8.index(i, offsetBy: marker.utf8.count)
                return (String(template[..<i]), String(template[end...]))
            }
            i = utf8.index(after: i)
        }
        return nil
    }
}
