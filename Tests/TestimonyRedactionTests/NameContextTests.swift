import Testing
@testable import TestimonyRedaction

/// Names found by context (section 3.4.1 of docs/redaction.md), nicknames, slang places, national bodies,
/// and the per-word cache that must follow changes to the lists.
@Suite("Names by context")
struct NameContextTests {
    static func redact(_ text: String, _ lang: RedactionLanguage, known: [KnownIdentifier] = [], gazetteer: Gazetteer = .shared) -> String {
        Redactor(language: lang, known: known, gazetteer: gazetteer).redact(text).redacted
    }

    @Test("lowercase names after greetings, words of address and titles")
    func addressed() {
        #expect(Self.redact("moi jonna! mitä kuuluu", .fi).hasPrefix("moi [PERSON 1]!"))
        #expect(Self.redact("jag sa det bara till moa.", .sv) == "jag sa det bara till [PERSON 1].")
        #expect(Self.redact("only my friend hope knows.", .en) == "only my friend [PERSON 1] knows.")
        #expect(Self.redact("theres a teacher, mr hussain, who helps.", .en).contains("mr [PERSON "))
    }

    @Test("name-words stay words outside a name position")
    func nameWordsStay() {
        for text in ["i hope you listen.", "i will tell them.", "my friend will come.", "In May we moved.", "Rose told the police."] {
            #expect(Self.redact(text, .en) == text)
        }
        #expect(Self.redact("We met in June. May, my older sister, was there.", .en).contains("[PERSON 1], my older sister"))
    }

    @Test("a first name with a bare surname initial is one name; a one-letter word is not an initial")
    func bareInitials() {
        #expect(Self.redact("joku kirjoitti \"emmi k sä oot se\"", .fi) == "joku kirjoitti \"[PERSON 1] sä oot se\"")
        #expect(Self.redact("vi sa Lisa B för att det fanns två.", .sv) == "vi sa [PERSON 1] för att det fanns två.")
        #expect(Self.redact("jag sa det till moa i parken", .sv) == "jag sa det till [PERSON 1] i parken")
        #expect(Self.redact("i told emma u were right", .en) == "i told [PERSON 1] u were right")
    }

    @Test("a surname typed without å, ä, ö is the same surname where the context says so")
    func foldedSurnames() {
        #expect(Self.redact("mitt efternamn är bergström, fast han skrev bergstrom.", .sv)
            == "mitt efternamn är [PERSON 1], fast han skrev [PERSON 1].")
        #expect(Self.redact("det var lisa lofgren som ringde", .sv) == "det var [PERSON 1] som ringde")
        #expect(Self.redact("vi åkte till malmo sen", .sv) == "vi åkte till malmo sen")
    }

    @Test("nicknames, slang towns and national bodies")
    func lists() {
        #expect(Self.redact("Bosse, som alla kallade honom, flyttade.", .sv).hasPrefix("[PERSON 1], som"))
        #expect(Self.redact("Asun nykyään Stadissa.", .fi).hasPrefix("Asun nykyään [CITY"))
        #expect(Self.redact("Svenska kyrkan skickade ett brev. Jag ringde Victim Support.", .sv) == "Svenska kyrkan skickade ett brev. Jag ringde Victim Support.")
        let known = [KnownIdentifier(kind: "person", value: "Bo Lindgren", role: "offender")]
        #expect(Self.redact("Bo Lindgren var tränare. Bosse sa ingenting.", .sv, known: known) == "[OFFENDER 1] var tränare. [OFFENDER 1] sa ingenting.")
    }

    @Test("the per-word cache follows changes to the lists")
    func cacheFollowsLists() {
        var gazetteer = Gazetteer.shared
        let text = "jag har en kompis qzxvy."
        #expect(Self.redact(text, .sv, gazetteer: gazetteer) == text)
        gazetteer.firstNames.insert("qzxvy")
        #expect(Self.redact(text, .sv, gazetteer: gazetteer) == "jag har en kompis [PERSON 1].")
    }
}
