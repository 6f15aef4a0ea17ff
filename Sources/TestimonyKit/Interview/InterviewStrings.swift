/// The interview's own words (not the template's), in the session language.
struct InterviewStrings {
    let language: String

    private func pick(_ en: String, _ fi: String, _ sv: String) -> String {
        switch language {
        case "fi": fi
        case "sv": sv
        default: en
        }
    }

    var commands: String {
        pick(
            "At any prompt: :skip  :pnts (prefer not to say)  :back  :pause (save and stop for now)  :quit (discard)  :help",
            "Missä tahansa kohdassa: :skip (ohita)  :pnts (en halua sanoa)  :back (takaisin)  :pause (tallenna ja jatka myöhemmin)  :quit (hylkää)  :help",
            "Vid varje fråga: :skip (hoppa över)  :pnts (vill inte svara)  :back (tillbaka)  :pause (spara och fortsätt senare)  :quit (kasta)  :help")
    }
    var longTextHint: String {
        pick(
            "(Write as much or as little as you like. Finish with a line containing only a full stop \".\"; :edit opens an editor.)",
            "(Kirjoita niin paljon tai vähän kuin haluat. Lopeta rivillä, jolla on vain piste \".\"; :edit avaa editorin.)",
            "(Skriv så mycket eller lite du vill. Avsluta med en rad som bara innehåller en punkt \".\"; :edit öppnar en editor.)")
    }
    var multiHint: String {
        pick("(Choose one or more: numbers separated by commas.)", "(Valitse yksi tai useampi: numerot pilkuilla erotettuina.)",
             "(Välj ett eller flera: nummer åtskilda med kommatecken.)")
    }
    var yesNoHint: String { pick("(y/n)", "(k/e)", "(j/n)") }
    var monthHint: String { pick("(year and month, e.g. 2015-04)", "(vuosi ja kuukausi, esim. 2015-04)", "(år och månad, t.ex. 2015-04)") }
    var bandHint: String { pick("(a number, or one of the ranges)", "(luku tai jokin väleistä)", "(ett tal eller ett av intervallen)") }
    func scaleHint(_ min: Int, _ max: Int) -> String {
        "(\(min)–\(max))"
    }
    var keepHint: String {
        pick("(Already answered: press Enter to keep the answer.)", "(Vastattu jo: paina Enter säilyttääksesi vastauksen.)",
             "(Redan besvarad: tryck Enter för att behålla svaret.)")
    }
    var needAnswer: String {
        pick("Type an answer, or :skip if you would rather not.", "Kirjoita vastaus, tai :skip jos et halua vastata.",
             "Skriv ett svar, eller :skip om du hellre låter bli.")
    }
    var invalid: String {
        pick("That did not match the choices; please try again.", "Vastaus ei vastannut vaihtoehtoja; yritä uudelleen.",
             "Svaret matchade inte alternativen; försök igen.")
    }
    var paused: String {
        pick("Paused. Everything so far is saved, encrypted.", "Tauko. Kaikki tähänastinen on tallennettu salattuna.",
             "Paus. Allt hittills är sparat, krypterat.")
    }
    var inputEnded: String {
        pick("Input ended. Everything so far is saved, encrypted, as a draft.", "Syöte päättyi. Kaikki tähänastinen on tallennettu salattuna luonnoksena.",
             "Inmatningen tog slut. Allt hittills är sparat, krypterat, som utkast.")
    }
    var confirmDiscard: String {
        pick("Discard this whole testimony? Type DISCARD to delete it, or press Enter to continue.",
             "Hylätäänkö koko kertomus? Kirjoita DISCARD poistaaksesi sen, tai paina Enter jatkaaksesi.",
             "Kasta hela berättelsen? Skriv DISCARD för att radera den, eller tryck Enter för att fortsätta.")
    }
    var consentHeader: String { pick("Consent", "Suostumus", "Samtycke") }
    var identifiersHint: String {
        pick(
            "One per line, then a line with only \".\":  person/ROLE name  |  place name  |  org name  |  contact value  |  other value   (ROLE: survivor, offender, family, other)",
            "Yksi per rivi, lopuksi rivi jolla on vain \".\":  person/ROLE nimi  |  place nimi  |  org nimi  |  contact tieto  |  other tieto   (ROLE: survivor, offender, family, other)",
            "En per rad, sedan en rad med bara \".\":  person/ROLE namn  |  place namn  |  org namn  |  contact uppgift  |  other uppgift   (ROLE: survivor, offender, family, other)")
    }
    var identifierInvalid: String {
        pick("Not understood: start the line with person, place, org, contact or other.",
             "Ei ymmärretty: aloita rivi sanalla person, place, org, contact tai other.",
             "Inte förstått: börja raden med person, place, org, contact eller other.")
    }
    var editorNeedsTerminal: String {
        pick("The editor needs a terminal; type the answer instead.", "Editori tarvitsee päätteen; kirjoita vastaus tähän.",
             "Editorn behöver en terminal; skriv svaret här.")
    }
}
