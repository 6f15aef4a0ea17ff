/// Built-in word lists that keep traps unredacted, also when the gazetteer files are missing.
enum CommonWords {
    static let countries: Set<String> = [
        "suomi", "suomen", "suomessa", "suomeen", "ruotsi", "ruotsin", "ruotsissa", "norja", "viro", "venäjä", "saksa",
        "sverige", "finland", "norge", "tyskland", "england", "britain", "usa", "america", "sweden", "norway", "germany",
        "estonia", "russia", "denmark", "danmark", "tanska", "europe", "eurooppa", "europa",
    ]
    static let platforms: Set<String> = [
        "snapchat", "discord", "instagram", "tiktok", "whatsapp", "facebook", "youtube", "kik", "telegram", "signal",
        "messenger", "skype", "twitter", "roblox", "minecraft", "fortnite", "twitch", "reddit", "tinder", "omegle",
        "google", "internet", "netti", "wilma", "teams", "zoom", "android", "iphone",
    ]
    static let nameLikeByLanguage: [RedactionLanguage: Set<String>] = [
        .fi: [
            "anna", "tuuli", "onni", "usko", "toivo", "kallio", "lahja", "into", "valo", "armas", "ilta", "aamu", "pilvi",
            "taivas", "kivi", "ilo", "rauha", "lumi", "sade", "oiva", "aura",
        ],
        .sv: ["vilja", "hopp", "tro", "ära", "glad", "bo", "liv", "saga", "stig", "björn", "berg", "ros"],
        .en: [
            "will", "may", "rose", "bill", "grace", "hope", "joy", "mark", "pat", "jack", "june", "april", "art", "dawn",
            "faith", "iris", "ivy", "lily", "sky", "summer",
        ],
    ]
    /// All of them, for text whose language is unknown.
    static let nameLikeWords: Set<String> = nameLikeByLanguage.values.reduce(Set<String>()) { $0.union($1) }
    static let capitalised: Set<String> = [
        "i", "i'm", "i've", "i'd", "i'll", "mom", "mum", "dad", "god", "jumala", "gud", "mamma", "pappa", "äiti", "isä",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "christmas", "easter",
        "english", "finnish", "swedish", "english", "joulu", "juhannus", "pääsiäinen", "jul", "midsommar", "påsk",
        "ok", "okay", "tv", "it", "ptsd", "adhd", "covid", "kela", "poliisi", "police", "polisen", "polis",
        "mr", "mrs", "ms", "dr", "yes", "no", "sorry", "thanks", "kiitos", "tack", "hi", "hello", "moi", "hei",
        "ei", "kyllä", "niin", "joo", "ja", "nej", "okej", "ehkä", "kun", "mutta", "och", "men", "and", "but", "the", "then",
    ]
}
