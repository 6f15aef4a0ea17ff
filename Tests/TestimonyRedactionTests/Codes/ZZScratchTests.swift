import Testing
import TestimonyRedaction

struct ZZScratchTests {
    @Test func dump() {
        let texts = [
            "Minä olin 12-vuotias kun se alkoi. Asuimme Hämeenkatu 12 B 4, 33100 TAMPERE. Äidin numero oli 040 123 4567 ja sähköposti anna.virtanen@example.fi. Koulu oli Tammelan koulu, luokka 5B. Se tapahtui 12.3.2019 klo 18.30. Poliisi kirjasi rikosilmoituksen 5500/R/12345/21. Hetu 131052-308T. Tili FI21 1234 5600 0007 85.",
            "Jag var 12 år gammal. Vi bodde på Storgatan 12, 123 45 Stockholm. Ring 070-123 45 67. Mål B 1234-21. Personnummer 19121212-1212. Bilen ABC 123. Det hände den 12 mars 2019, i årskurs 7.",
            "I was 12 years old in Year 7. We lived at 221B Baker St, London SW1A 1AA. Call (555) 123-4567 or 07700 900123. Crime reference 01/123456/21. Card 4111 1111 1111 1111. IP 192.168.1.20. Follow @anna_v on https://example.com/anna.",
            "Vuonna 1995 hän sanoi, että 3 kertaa 5 on 15. Tapasimme 5 kertaa viikossa, ja hinta oli 20 € tai 1 500 euroa. Luvut 1, 2, 3 ja 4. Pisteet 10-5. Versio 2.1. Sivu 45. Kappale 3.2.1. Mitat 120 x 80 cm. Klo 8-16. Puhelinaika 9.00–11.00. Tulos 3-1. Koodi 1234. PIN 5678. Vuodet 2010–2015. Vuosina 1990-1995. Valtatie 4. E18. HUS. YLE TV1. SM-liiga. EU:n. Kello 17.45. 5 % alennus. A4-arkki. 100 m. 2x2. 24/7. 50/50. 1/2. 3/4. 2000-luvulla. 1990-luvun. 1.1. 31.12. Luku 3. Laki 123/2004."
        ]
        for text in texts {
            let analyzed = AnalyzedText(text)
            for detector in CodeDetectors.all {
                for d in detector.detect(in: analyzed) {
                    print("DUMP \(detector.name): \"\(analyzed.text(d.start, d.end))\" → \(d.entity) \(d.generalized ?? "") \(d.subtype ?? "")")
                }
            }
            print("DUMP ----")
        }
    }
}

struct ZZBench {
    @Test func bench() {
        let base = "Minä olin 12-vuotias kun se alkoi. Asuimme Hämeenkatu 12 B 4, 33100 TAMPERE. Äidin numero oli 040 123 4567 ja sähköposti anna.virtanen@example.fi. Koulu oli Tammelan koulu, luokka 5B. Se tapahtui 12.3.2019 klo 18.30. Hän sanoi, että isä oli töissä ja me leikimme pihalla koko päivän, eikä kukaan tiennyt mitään siitä mitä tapahtui kotona. Vuonna 1995 muutimme pois. Jag var 12 år gammal. Vi bodde på Storgatan 12. I was 12 years old in Year 7 and we lived in London with our grandmother and two dogs.\n"
        let text = String(repeating: base, count: 10_000)
        let analyzed = AnalyzedText(text)
        let count = analyzed.scalars.count
        let clock = ContinuousClock()
        var total = Duration.zero
        for detector in CodeDetectors.all {
            var found = 0
            let elapsed = clock.measure { found = detector.detect(in: analyzed).count }
            total += elapsed
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            print("BENCH \(detector.name): \(found) found, \(Int(Double(count) / seconds / 1e6)) M scalars/s")
        }
        let seconds = Double(total.components.seconds) + Double(total.components.attoseconds) / 1e18
        print("BENCH all: \(count) scalars, \(Int(Double(count) / seconds / 1e6)) M scalars/s")
    }
}
