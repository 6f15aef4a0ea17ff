/// Number words 1–29 in fi/sv/en (including common spoken Finnish forms), for ages written out.
enum NumberWords {
    static let values: [String: Int] = {
        var map: [String: Int] = [:]
        let fi = ["yksi", "kaksi", "kolme", "neljä", "viisi", "kuusi", "seitsemän", "kahdeksan", "yhdeksän", "kymmenen",
                  "yksitoista", "kaksitoista", "kolmetoista", "neljätoista", "viisitoista", "kuusitoista", "seitsemäntoista",
                  "kahdeksantoista", "yhdeksäntoista", "kaksikymmentä"]
        let fiSpoken = ["yks", "kaks", "kolme", "neljä", "viis", "kuus", "seittemän", "kaheksan", "yheksän", "kymmenen",
                        "yksitoista", "kahentoista", "kolmetoista", "neljätoista", "viistoista", "kuustoista", "seittemäntoista",
                        "kaheksantoista", "yheksäntoista", "kakskyt"]
        let sv = ["ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv", "tretton", "fjorton",
                  "femton", "sexton", "sjutton", "arton", "nitton", "tjugo"]
        let en = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
                  "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]
        for list in [fi, fiSpoken, sv, en] {
            for (i, word) in list.enumerated() where map[word] == nil { map[word] = i + 1 }
        }
        // Finnish genitive/partitive forms used with "ikäisenä" or after "olin": kahdentoista, kymmenen
        map["kahdentoista"] = 12
        map["kolmentoista"] = 13
        return map
    }()

    /// First test for `values` (most words are no number word).
    static let filter = WordFilter(values.keys)

    /// `values` looked up by a token's keys, without hashing its `String`.
    static let byTokenKeys = TokenWordMap(values)

    /// The value of a number token or number word, if it is a plausible age (1–99).
    static func age(_ token: Token) -> Int? {
        age([token], 0)
    }

    /// The same for `tokens[i]`, read in place.
    static func age(_ tokens: [Token], _ i: Int) -> Int? {
        if tokens[i].kind == .number, let n = Int(tokens[i].lower), (1...99).contains(n) { return n }
        guard filter.mayContain(key: tokens[i].filterKey) else { return nil }
        return byTokenKeys.value(head: tokens[i].head, tail: tokens[i].tail, lower: tokens[i].lower)
    }

    /// "10–14" style five-year band.
    static func band(_ age: Int) -> String {
        let low = age / 5 * 5
        return "\(low)–\(low + 4)"
    }
}
