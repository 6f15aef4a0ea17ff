/// One morphological reading of a word.
public struct WordAnalysis: Sendable, Equatable, Hashable {
    /// Base form as the dictionary writes it ("Mikko", "Helsinki", "koulu").
    public var baseForm: String
    /// Voikko word class: etunimi, sukunimi, paikannimi, nimi, nimisana, teonsana, laatusana, …
    public var wordClass: String
    /// Voikko case (SIJAMUOTO): nimento, omanto, ulkotulento, sisaolento, …
    public var grammaticalCase: String?
    /// Voikko number (NUMBER): `singular` or `plural`, when given.
    public var number: String? = nil

    /// First name, surname or place name.
    public var isProperNoun: Bool {
        ["etunimi", "sukunimi", "paikannimi", "nimi"].contains(wordClass)
    }
}
