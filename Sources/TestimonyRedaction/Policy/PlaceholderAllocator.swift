/// Gives every entity of one text one placeholder, numbered in order of appearance, so "[PERSON 1]"
/// is the same person everywhere in that testimony and numbering restarts for the next one.
struct PlaceholderAllocator {
    let policy: RedactionPolicy
    private var byEntity: [String: String] = [:]
    /// Numbers given so far per role (survivor, offender, family, person).
    private var counters = [0, 0, 0, 0]
    /// The people seen so far with their words, to link "Virtanen" to an earlier "Mikko Virtanen".
    /// (A few words per person: plain arrays, compared word by word by their keys, no hashing.)
    private var personWords: [Person] = []
    /// Region → "[CITY IN REGION]".
    private var placeWithRegion: [String: String] = [:]

    /// The person templates split around "{n}" (a redactor passes the ones it split once).
    private let numberedTemplates: NumberedTemplates

    init(policy: RedactionPolicy, numberedTemplates: NumberedTemplates? = nil) {
        self.policy = policy
        self.numberedTemplates = numberedTemplates ?? NumberedTemplates(policy)
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
            let entity = detections[k].entity
            if entity.hasPrefix("known:") { return sharedPlaceholder(entity, role: detections[k].role) }
            let words = Self.personWords(of: entity)
            let index: Int
            if let found = personWords.firstIndex(where: { !words.isEmpty && (Self.isSubset(words, of: $0.words) || Self.isSubset($0.words, of: words)) }) {
                index = found
                // "Jari" then "Jari Lehtonen": "Lehtosen" is the same person
                for word in words where !personWords[index].words.contains(word) { personWords[index].words.append(word) }
            } else {
                personWords.append(Person(entity: entity, words: words, sharesEntity: words.isEmpty))
                index = personWords.count - 1
            }
            if let known = personWords[index].placeholder { return known }
            // A person first seen with words has an entity key no other person has (a later mention with the
            // same key finds this person or an earlier one): the placeholder lives with the person. One first
            // seen without words can be appended again under the same key: those share one through `byEntity`.
            let value = personWords[index].sharesEntity
                ? sharedPlaceholder(personWords[index].entity, role: detections[k].role)
                : numbered(role: detections[k].role)
            personWords[index].placeholder = value
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

    /// The placeholder of an entity key looked up by the key: known identifiers, and people first seen without
    /// words.
    private mutating func sharedPlaceholder(_ entity: String, role: String?) -> String {
        if let existing = byEntity[entity] { return existing }
        let value = numbered(role: role)
        // Room for a text's people at once (growing from empty rehashed the table two or three times).
        if byEntity.isEmpty { byEntity.reserveCapacity(8) }
        byEntity[entity] = value
        return value
    }

    /// The next numbered placeholder of a person with `role`.
    private mutating func numbered(role: String?) -> String {
        switch role {
        case "survivor": numbered(key: 0)
        case "offender": numbered(key: 1)
        case "family": numbered(key: 2)
        default: numbered(key: 3)
        }
    }

    /// The words of an entity key's last non-empty ":" part ("PERSON:mikko virtanen"), as
    /// split(separator: ":").last gives them, without repeats, each with its comparison key (`PersonWord`).
    static func personWords(of entity: String) -> [PersonWord] {
        let bytes = entity.utf8.span
        var ascii = true
        for k in 0..<bytes.count where bytes[k] >= 0x80 {
            ascii = false
            break
        }
        var words: [PersonWord] = []
        guard ascii else {
            // Character-wise, with no keys (compared as Strings).
            var key = Substring(entity)
            while key.last == ":" { key = key.dropLast() }
            let name = key.lastIndex(of: ":").map { key[key.index(after: $0)...] } ?? key
            for word in name.split(separator: " ") where !words.contains(where: { $0.text == word }) {
                words.append(PersonWord(word, key: 0))
            }
            return words
        }
        // An ASCII key (where every Character is one byte) is read byte by byte: Character-wise `last`,
        // `lastIndex(of:)` and `split` walked grapheme clusters and cost thousands of instructions per span.
        var end = bytes.count
        while end > 0, bytes[end - 1] == 0x3A { end -= 1 }
        var k = end
        while k > 0, bytes[k - 1] != 0x3A { k -= 1 }
        let utf8 = entity.utf8
        while k < end {
            guard bytes[k] != 0x20 else {
                k += 1
                continue
            }
            var e = k
            while e < end, bytes[e] != 0x20 { e += 1 }
            // An ASCII String's byte offsets are its scalar and Character boundaries.
            let word = PersonWord(
                entity[utf8.index(utf8.startIndex, offsetBy: k)..<utf8.index(utf8.startIndex, offsetBy: e)],
                key: PersonWord.asciiKey(bytes, k, e))
            if !words.contains(word) { words.append(word) }
            k = e
        }
        return words
    }

    /// The words of an entity key's last non-empty ":" part ("PERSON:mikko virtanen"), as
    /// split(separator: ":").last gives them, without repeats (`personWords(of:)` without the keys).
    static func words(of entity: String) -> [Substring] {
        personWords(of: entity).map(\.text)
    }

    /// Every word of `a` is in `b` (both without repeats).
    private static func isSubset(_ a: [PersonWord], of b: [PersonWord]) -> Bool {
        a.allSatisfy { b.contains($0) }
    }

    /// Template `key` of `numberedTemplates` with its first "{n}" replaced by the next number for `key`.
    private mutating func numbered(key: Int) -> String {
        guard let (before, after) = numberedTemplates.parts[key] else { return numberedTemplates.templates[key] }
        let n = counters[key] + 1
        counters[key] = n
        // Bytes, then one String: `before + String(n) + after` cost over a thousand instructions per person.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(before.count + 20 + after.count)
        bytes.append(contentsOf: before)
        // Room for the digits, then each written from the last.
        var rest = n
        repeat {
            bytes.append(0x30)
            rest /= 10
        } while rest > 0
        rest = n
        var k = bytes.count - 1
        repeat {
            bytes[k] = UInt8(truncatingIfNeeded: 0x30 + rest % 10)
            rest /= 10
            k -= 1
        } while rest > 0
        bytes.append(contentsOf: after)
        return String(decoding: bytes, as: UTF8.self)
    }
}
