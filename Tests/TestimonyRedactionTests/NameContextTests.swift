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
