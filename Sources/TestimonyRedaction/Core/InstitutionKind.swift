/// Kinds of institution, recognised from the words in their names (fi, sv, en).
enum InstitutionKind {
    /// Lowercase head words (Finnish base forms, Swedish suffixes, English words) → kind.
    static let finnishHeads: [String: String] = [
        "koulu": "school", "alakoulu": "school", "yläkoulu": "school", "ala-aste": "school", "yläaste": "school",
        "lukio": "school", "ammattikoulu": "school", "yhtenäiskoulu": "school", "kansakoulu": "school", "opisto": "school",
        "päiväkoti": "kindergarten", "seurakunta": "church", "kirkko": "church", "urheiluseura": "sports_club",
        "seura": "sports_club", "pallo": "sports_club", "palloseura": "sports_club", "kerho": "club", "leiri": "camp",
        "nuorisotalo": "youth_centre", "lastenkoti": "care_home", "sairaala": "hospital", "klinikka": "hospital",
        "yliopisto": "school", "ammattikorkeakoulu": "school", "kuoro": "club", "partiolippukunta": "club",
        "poliisilaitos": "authority", "käräjäoikeus": "authority", "hovioikeus": "authority", "sosiaalitoimi": "authority",
        "terapiakeskus": "health_service", "seurakuntayhtymä": "church", "nuorisokeskus": "youth_centre",
        "vastaanotto": "health_service", "terveyskeskus": "health_service", "koulukoti": "care_home",
    ]
    static let swedishSuffixes: [(String, String)] = [
        ("skolan", "school"), ("skola", "school"), ("gymnasiet", "school"), ("gymnasium", "school"),
        ("förskolan", "kindergarten"), ("förskola", "kindergarten"), ("kyrkan", "church"), ("kyrka", "church"),
        ("församling", "church"), ("församlingen", "church"), ("klubben", "club"), ("lägret", "camp"),
        ("sjukhuset", "hospital"), ("fritidsgård", "youth_centre"), ("fritidsgården", "youth_centre"),
        ("ridklubb", "sports_club"), ("idrottsförening", "sports_club"), ("akademi", "school"), ("skola", "school"),
        ("skolan", "school"), ("församling", "church"), ("tingsrätt", "authority"), ("polisområde", "authority"),
    ]
    static let englishHeads: [String: String] = [
        "school": "school", "academy": "school", "college": "school", "university": "school", "kindergarten": "kindergarten",
        "nursery": "kindergarten", "church": "church", "parish": "church", "chapel": "church", "club": "club",
        "fc": "sports_club", "united": "sports_club", "athletic": "sports_club", "camp": "camp", "hospital": "hospital",
        "home": "care_home", "centre": "youth_centre", "center": "youth_centre", "scouts": "club", "choir": "club",
        "rovers": "sports_club", "rangers": "sports_club", "wanderers": "sports_club", "city": "sports_club",
        "surgery": "health_service", "clinic": "health_service", "court": "authority", "constabulary": "authority",
    ]
    /// Last three letters of every Swedish suffix as `WordKey` tails, for a quick first check (no
    /// String is made to check a token).
    static let swedishTailKeys: KeySet = WordKey.tails(swedishSuffixes.map(\.0))
    static let sportsMarkers: Set<String> = ["fc", "if", "ifk", "ik", "hc", "bk", "ff", "ps", "jk", "sc", "ac"]

    /// The kind of institution a name (or its head word) denotes, if any.
    static func kind(ofName value: String, morphology: FinnishMorphology?) -> String? {
        let words = value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        for word in words.reversed() {
            if let kind = finnishHeads[word] ?? englishHeads[word] { return kind }
            if sportsMarkers.contains(word) { return "sports_club" }
            if let match = swedishSuffixes.first(where: { word.hasSuffix($0.0) }) { return match.1 }
            for reading in morphology?.analyze(word) ?? [] {
                if let kind = finnishHeads[reading.baseForm.lowercased()] { return kind }
                if let suffix = finnishHeads.keys.first(where: { reading.baseForm.lowercased().hasSuffix($0) && $0.count >= 5 }) {
                    return finnishHeads[suffix]
                }
            }
        }
        return nil
    }
}
