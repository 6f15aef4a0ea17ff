import Foundation

/// Name and place lists from open data (Resources/gazetteer, see LICENSES.md there), loaded once.
public struct Gazetteer: Sendable {
    public var firstNames: Set<String> {
        didSet {
            nameFilter = Self.nameFilter(firstNames, lastNames, places)
            firstNameFilter = WordFilter(firstNames)
            nameReadingFilter = Self.nameReadingFilter(firstNames, nicknames)
            wordCache = WordCache()
        }
    }
    /// A first test for `firstNames`, and for first names, surnames and places together (see `WordFilter`).
    var firstNameFilter = WordFilter([])
    /// A first test for `ProperNounDetector.nameReading`: first names, nicknames and name-like words.
    var nameReadingFilter = WordFilter([])
    var nameFilter = WordFilter([])
    public var lastNames: Set<String> {
        didSet {
            foldedLastNames = Self.folded(lastNames)
            nameFilter = Self.nameFilter(firstNames, lastNames, places)
            wordCache = WordCache()
        }
    }
    /// Surnames with å, ä, ö, ø, é or ü, keyed by their ASCII-folded spelling ("bergstrom" → "bergström"):
    /// names typed without those letters. Used only where the context says a name stands.
    var foldedLastNames: [String: String] = [:]
    public var places: Set<String> {
        didSet {
            nameFilter = Self.nameFilter(firstNames, lastNames, places)
            wordCache = WordCache()
        }
    }
    /// Country names: never redacted (they identify no one on their own).
    public var countries: Set<String> {
        didSet {
            trapWords = countries.union(platforms).union(capitalisedCommon)
            trapStems = Self.trapStems(countries, platforms)
            wordCache = WordCache()
        }
    }
    /// Platform names (Snapchat, Discord, …): never redacted.
    public var platforms: Set<String> {
        didSet {
            trapWords = countries.union(platforms).union(capitalisedCommon)
            trapStems = Self.trapStems(countries, platforms)
            wordCache = WordCache()
        }
    }
    /// Names that are also ordinary words (anna, tuuli, will, may), in every language: need capitalisation mid-sentence.
    public var commonWords: Set<String> {
        didSet { wordCache = WordCache() }
    }
    /// The same per language (a Swedish trap such as "ville" must not hide the Finnish name Ville).
    public var commonWordsByLanguage: [RedactionLanguage: Set<String>] {
        didSet { wordCache = WordCache() }
    }
    /// Capitalised ordinary words (months, weekdays, languages, roles): never a name on their own.
    public var capitalisedCommon: Set<String> {
        didSet {
            trapWords = countries.union(platforms).union(capitalisedCommon)
            wordCache = WordCache()
        }
    }
    /// Finnish municipality (lowercase) → region (maakunta).
    public var regions: [String: String]
    /// First four letters of every country and platform name, to skip the inflection check quickly.
    var trapStems: Set<String> = [] {
        didSet {
            trapHeads = KeySet(trapStems.map(Self.head))
            wordCache = WordCache()
        }
    }
    /// Countries, platforms and capitalised common words in one set (one lookup instead of three).
    var trapWords: Set<String> = [] {
        didSet { trapFilter = WordFilter(trapWords) }
    }
    /// A first test for `trapWords`: most words miss it, without hashing a String.
    var trapFilter = WordFilter([])
    /// `head` of every trap stem.
    var trapHeads = KeySet([])
    /// Nicknames and short forms of first names per language (`nicknames_{fi,sv,en}.txt`: Tapsa, Bosse,
    /// Liz). Names only when capitalised or in an addressing position ("moi X", "till X", "my friend X").
    public var nicknames: [RedactionLanguage: Set<String>] = [:] {
        didSet {
            nameReadingFilter = Self.nameReadingFilter(firstNames, nicknames)
            nicknameFilter = WordFilter(nicknames.values.joined())
            wordCache = WordCache()
        }
    }
    /// A first test for `isNickname`: the nicknames of every language.
    var nicknameFilter = WordFilter([])
    /// Per-distinct-word results of the name classification, shared by every copy of these lists and
    /// replaced whenever a list changes.
    var wordCache = WordCache()
    /// Slang names of towns (`places_slang.txt`: Stadi, Manse, Götet): places in any inflection.
    public var slangPlaces: Set<String> = [] {
        didSet {
            slangHeads = KeySet(slangPlaces.map { Self.head(String($0.prefix(4))) })
            wordCache = WordCache()
        }
    }
    /// `head` of the first four characters of every slang name (they stay in every inflection).
    var slangHeads = KeySet([])
    /// English words that are also place names (`places_en_words.txt`: reading, bath): never a lowercase town.
    public var englishPlaceWords: Set<String> = []
    /// National services and bodies (`national_orgs.txt`: Kela, NHS, Svenska kyrkan, the Crown), as
    /// lowercase word sequences keyed by their first word: never redacted, like countries.
    public var nationalOrgs: [String: [[String]]] = [:] {
        didSet {
            // A name under four bytes ("yle", "nhs") shows its ending within a token's first four
            // ("ylen", "nhs'"): those heads count too.
            nationalOrgHeads = KeySet(nationalOrgs.keys.flatMap { name in
                [name] + (name.utf8.count < 4 ? Self.nationalOrgEndings.map { name + $0 } : [])
            }.map(Self.head))
            nationalOrgsLongestFirst = nationalOrgs.mapValues { $0.sorted(by: { $0.count > $1.count }) }
            nationalOrgPhrases = TokenWordMap(nationalOrgsLongestFirst)
            nationalOrgForms = Self.inflectedForms(nationalOrgs)
        }
    }
    /// `nationalOrgs` with each first word's phrases longest first (the order they are tried in).
    var nationalOrgsLongestFirst: [String: [[String]]] = [:]
    /// The same, looked up with a token's keys ("the" of "the Crown" is on it: no String hashing per "the").
    var nationalOrgPhrases = TokenWordMap<[[String]]>([:])
    /// Every phrase's last word → that word with each of `nationalOrgEndings` ("kela" → "kelan", "kelalle", …).
    var nationalOrgForms: [String: Set<String>] = [:]
    /// `head` of the first four characters of every national body's first word (kept when inflected).
    var nationalOrgHeads = KeySet([])

    /// Everything from the bundled resources.
    public static let shared = Gazetteer.load()

    static func load() -> Gazetteer {
        let dir = [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0?.appendingPathComponent("Resources/gazetteer") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        func lines(_ name: String) -> [String] {
            guard let dir, let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { return [] }
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        func set(_ names: [String]) -> Set<String> {
            Set(names.flatMap(lines).map { $0.lowercased() })
        }
        var regions: [String: String] = [:]
        var ambiguous: Set<String> = []
        for line in lines("fi_municipality_region.tsv") {
            let parts = line.split(separator: "\t")
            guard parts.count == 2 else { continue }
            let key = parts[0].lowercased()
            if let existing = regions[key], existing != String(parts[1]) { ambiguous.insert(key) }
            regions[key] = String(parts[1])
        }
        // A name found in several regions gets no region: "[CITY]" is safe, a wrong region is not.
        for key in ambiguous { regions[key] = nil }
        var byLanguage: [RedactionLanguage: Set<String>] = [:]
        for language in RedactionLanguage.allCases {
            byLanguage[language] = set(["common_words_\(language.rawValue).txt"]).union(CommonWords.nameLikeByLanguage[language] ?? [])
        }
        let langs = ["fi", "sv", "en"]
        var gazetteer = Gazetteer(
            firstNames: set(langs.map { "first_names_\($0).txt" }), lastNames: set(langs.map { "last_names_\($0).txt" }),
            places: set(langs.map { "places_\($0).txt" }), countries: set(["countries.txt"]).union(CommonWords.countries),
            platforms: set(["platforms.txt"]).union(CommonWords.platforms),
            commonWords: set(langs.map { "common_words_\($0).txt" }).union(CommonWords.nameLikeWords),
            commonWordsByLanguage: byLanguage,
            capitalisedCommon: CommonWords.capitalised, regions: regions)
        for language in RedactionLanguage.allCases {
            gazetteer.nicknames[language] = set(["nicknames_\(language.rawValue).txt"])
        }
        gazetteer.slangPlaces = set(["places_slang.txt"])
        gazetteer.englishPlaceWords = set(["places_en_words.txt"])
        for phrase in set(["national_orgs.txt"]) {
            let words = phrase.split(separator: " ").map(String.init)
            if let first = words.first { gazetteer.nationalOrgs[first, default: []].append(words) }
        }
        gazetteer.foldedLastNames = folded(gazetteer.lastNames)
        gazetteer.firstNameFilter = WordFilter(gazetteer.firstNames)
        gazetteer.nameReadingFilter = nameReadingFilter(gazetteer.firstNames, gazetteer.nicknames)
        gazetteer.nameFilter = nameFilter(gazetteer.firstNames, gazetteer.lastNames, gazetteer.places)
        gazetteer.trapWords = gazetteer.countries.union(gazetteer.platforms).union(gazetteer.capitalisedCommon)
        gazetteer.trapFilter = WordFilter(gazetteer.trapWords)
        gazetteer.nicknameFilter = WordFilter(gazetteer.nicknames.values.joined())
        gazetteer.trapStems = trapStems(gazetteer.countries, gazetteer.platforms)
        return gazetteer
    }

    /// The first four letters of every country and platform name of four or more letters.
    static func trapStems(_ countries: Set<String>, _ platforms: Set<String>) -> Set<String> {
        Set(countries.union(platforms).filter { $0.count >= 4 }.map { String($0.prefix(4)) })
    }

    static func nameReadingFilter(_ first: Set<String>, _ nicknames: [RedactionLanguage: Set<String>]) -> WordFilter {
        WordFilter(nicknames.values.reduce(first.union(CommonWords.nameLikeWords)) { $0.union($1) })
    }

    static func nameFilter(_ first: Set<String>, _ last: Set<String>, _ places: Set<String>) -> WordFilter {
        WordFilter(first.union(last).union(places))
    }

    /// Folded spelling → name, for the names that folding changes.
    static func folded(_ names: Set<String>) -> [String: String] {
        var out: [String: String] = [:]
        for name in names {
            let f = fold(name)
            if f != name { out[f] = name }
        }
        return out
    }

    /// "bergström" → "bergstrom": å, ä → a; ö, ø → o; é → e; ü → u.
    static func fold(_ lower: String) -> String {
        guard lower.utf8.contains(where: { $0 >= 0x80 }) else { return lower }
        var view = String.UnicodeScalarView()
        for s in lower.unicodeScalars {
            switch s {
            case "å", "ä", "á", "à": view.append("a")
            case "ö", "ø", "ó": view.append("o")
            case "é", "è": view.append("e")
            case "ü": view.append("u")
            default: view.append(s)
            }
        }
        return String(view)
    }

    /// Whether `word` is a name-like ordinary word in `language` (all languages when nil).
    public func isCommonWord(_ word: String, language: RedactionLanguage?) -> Bool {
        guard let language, let set = commonWordsByLanguage[language] else { return commonWords.contains(word) }
        return set.contains(word)
    }

    /// The first four UTF-8 bytes of `s`: a word starting with a stem's four characters starts with its
    /// four bytes, so `trapHeads` is a safe first filter for `trapStems`.
    @inline(__always) static func head(_ s: String) -> UInt32 {
        var key: UInt32 = 0
        var n: UInt32 = 0
        for byte in s.utf8 {
            key |= UInt32(byte) << (8 * n)
            n += 1
            if n == 4 { break }
        }
        return key
    }

    /// Whether `lower` is a nickname in `language` (in any of the three when nil).
    public func isNickname(_ lower: String, language: RedactionLanguage?) -> Bool {
        guard nicknameFilter.mayContain(lower) else { return false }
        guard let language else { return nicknames.values.contains { $0.contains(lower) } }
        return nicknames[language]?.contains(lower) ?? false
    }

    static let inflectionTails: Set<String> = [
        "n", "a", "ä", "ta", "tä", "na", "nä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "ksi", "in", "iin",
        "han", "hin", "seen", "s", "en", "et", "ia", "iä", "issa", "issä", "ista", "istä", "illa", "illä", "ilta", "iltä",
        "ille", "iin", "ina", "inä", "iksi", "ssä", "lle", "'n", ":n", ":ssa", ":ssä", ":iin",
    ]

    /// Countries, platforms and capitalised common words, also inflected ("Snapchatissa", "Ruotsiin"),
    /// but never a word that is itself a known name or place ("Suominen", "Malin", "Wakefield").
    public func isTrap(_ lower: String) -> Bool {
        if trapFilter.mayContain(lower), trapWords.contains(lower) { return true }
        // Most words share no four-byte head with any country or platform: no String work for them.
        guard lower.utf8.count >= 5, trapHeads.contains(Self.head(lower)) else { return false }
        return isInflectedTrap(lower)
    }

    /// `isTrap(token.lower)`, with the filter key and head the tokenizer worked out (no pass over the bytes).
    func isTrap(_ token: Token) -> Bool {
        if trapFilter.mayContain(key: token.filterKey), trapWords.contains(token.lower) { return true }
        guard token.lower.utf8.count >= 5, trapHeads.contains(token.head) else { return false }
        return isInflectedTrap(token.lower)
    }

    /// `isTrap`'s test of an inflected country or platform name, for a word of five or more bytes whose head
    /// is a trap stem's.
    private func isInflectedTrap(_ lower: String) -> Bool {
        guard lower.count >= 5, trapStems.contains(String(lower.prefix(4))) else { return false }
        for length in stride(from: min(lower.count - 1, 14), through: 4, by: -1) {
            let prefix = String(lower.prefix(length))
            guard platforms.contains(prefix) || countries.contains(prefix) else { continue }
            let tail = String(lower.dropFirst(length))
            guard Self.inflectionTails.contains(tail) else { return false }
            return !(firstNames.contains(lower) || lastNames.contains(lower) || places.contains(lower))
        }
        return false
    }
}
