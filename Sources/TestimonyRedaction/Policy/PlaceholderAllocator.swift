/// Gives every entity of one text one placeholder, numbered in order of appearance, so "[PERSON 1]"
/// is the same person everywhere in that testimony and numbering restarts for the next one.
struct PlaceholderAllocator {
    let policy: RedactionPolicy
    private var byEntity: [String: String] = [:]
    /// Numbers given so far per role (survivor, offender, family, person).
    private var counters = [0, 0, 0, 0]
    /// Person entity → its words, to link "Virtanen" to an earlier "Mikko Virtanen".
    /// (A few words per person: plain arrays, compared word by word, no hashing.)
    private var personWords: [(entity: String, words: [Substring])] = []
    /// Region → "[CITY IN REGION]".
    private var placeWithRegion: [String: String] = [:]

    init(policy: RedactionPolicy) {
        self.policy = policy
    }

    mutating func replacement(for d: Detection) -> String {
        replacement([d], 0)
    }

    /// The replacement of `detections[k]`, read in place (a `Detection` passed by value was copied, retaining
    /// its Strings).
    mutating func replacement(_ detections: [Detection], _ k: Int) -> String {
        let core = placeholder(detections, k)
        guard let ending = detections[k].caseEnding else { return core }
        return core + ending
    }

    private mutating func placeholder(_ detections: [Detection], _ k: Int) -> String {
        switch detections[k].type {
        case .person:
            var entity = detections[k].entity
            if !detections[k].entity.hasPrefix("known:") {
                let words = Self.words(of: detections[k].entity)
                if let index = personWords.firstIndex(where: { !words.isEmpty && (Self.isSubset(words, of: $0.words) || Self.isSubset($0.words, of: words)) }) {
                    entity = personWords[index].entity
                    // "Jari" then "Jari Lehtonen": "Lehtosen" is the same person
                    for word in words where !personWords[index].words.contains(word) { personWords[index].words.append(word) }
                } else {
                    personWords.append((detections[k].entity, words))
                }
            }
            if let existing = byEntity[entity] { return existing }
            let template: String
            let counterKey: Int
            switch detections[k].role {
            case "survivor": template = policy.survivor; counterKey = 0
            case "offender": template = policy.offender; counterKey = 1
            case "family": template = policy.family; counterKey = 2
            default: template = policy.person; counterKey = 3
            }
            let value = numbered(template, key: counterKey)
            // Room for a text's people at once (growing from empty rehashed the table two or three times).
            if byEntity.isEmpty { byEntity.reserveCapacity(8) }
            byEntity[entity] = value
            return value
        case .place:
            if let region = detections[k].subtype {
                if let cached = placeWithRegion[region] { return cached }
                let value = TemplateText.replacing("{region}", in: policy.placeWithRegion, with: region.uppercased())
                placeWithRegion[region] = value
                return value
            }
            return policy.place
        case .org:
            return policy.institutions[detections[k].subtype ?? "default"] ?? policy.institutions["default"] ?? policy.other
        case .date:
            switch policy.dates {
            case "month_year": if let monthYear = detections[k].subtype { return "[\(monthYear)]" }
            case "year": if let year = detections[k].generalized { return "[\(year)]" }
            default: break
            }
            return "[DATE]"
        case .age:
            if policy.ages == "band", let band = detections[k].generalized { return "[AGE \(band)]" }
            return "[AGE]"
        case .schoolClass: return policy.schoolClass
        case .event: return policy.event
        case .other: return policy.other
        default:
            return policy.codes[detections[k].type.rawValue] ?? policy.codes["default"] ?? policy.other
        }
    }

    /// The words of an entity key's last non-empty ":" part ("PERSON:mikko virtanen"), as
    /// split(separator: ":").last gives them, without repeats and without building the parts. An ASCII key
    /// (where every Character is one byte) is read byte by byte: Character-wise `last`, `lastIndex(of:)` and
    /// `split` walked grapheme clusters and cost thousands of instructions per span.
    static func words(of entity: String) -> [Substring] {
        var words: [Substring] = []
        let utf8 = entity.utf8
        // The bytes once, read by integer offset (walking String.UTF8View indices cost more than the bytes).
        let bytes = Array(utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            var key = Substring(entity)
            while key.last == ":" { key = key.dropLast() }
            let name = key.lastIndex(of: ":").map { key[key.index(after: $0)...] } ?? key
            for word in name.split(separator: " ") where !words.contains(word) { words.append(word) }
            return words
        }
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x3A { end -= 1 }
        var k = end
        while k > 0, bytes[k - 1] != 0x3A { k -= 1 }
        while k < end {
            guard bytes[k] != 0x20 else {
                k += 1
                continue
            }
            var e = k
            while e < end, bytes[e] != 0x20 { e += 1 }
            // An ASCII String's byte offsets are its scalar and Character boundaries.
            let word = entity[utf8.index(utf8.startIndex, offsetBy: k)..<utf8.index(utf8.startIndex, offsetBy: e)]
            if !words.contains(word) { words.append(word) }
            k = e
        }
        return words
    }

    /// Every word of `a` is in `b` (both without repeats).
    private static func isSubset(_ a: [Substring], of b: [Substring]) -> Bool {
        a.allSatisfy { b.contains($0) }
    }

    /// The template with its first "{n}" replaced by the next number for `key`.
    private mutating func numbered(_ template: String, key: Int) -> String {
        // Each key's template (fixed by the policy) is split around its first "{n}" once, then read by the key.
        let parts: (String, String)?
        if let known = splitByKey[key] {
            parts = known
        } else {
            parts = TemplateText.split(template, at: "{n}")
            splitByKey[key] = .some(parts)
        }
        guard let (before, after) = parts else { return template }
        let n = counters[key] + 1
        counters[key] = n
        return before + String(n) + after
    }

    /// Per counter key, its template split around "{n}": nil while not split yet, `.some(nil)` when the
    /// template has none.
    private var splitByKey: [(String, String)??] = [nil, nil, nil, nil]
}
