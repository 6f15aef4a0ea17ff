import Foundation
import Testing
@testable import TestimonyKit
import TestimonyModel
import TestimonyTemplates
import TestimonyTestSupport

@Suite("Recording, resuming and importing through the vault")
struct RecordingTests {
    @Test("pause saves an encrypted draft; resume continues at the same question and completes")
    func pauseAndResume() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let catalog = try Fixtures.catalog()
        let template = try catalog.template("interviewer-intake")
        let script = Fixtures.intakeRecordScript(marker: "R1").split(separator: "\n").map(String.init)
        let cut = 8  // consent + narrative (3 lines)
        let (id, first) = try Recording.start(vault: vault, template: template, language: "en", io: ScriptedIO(Array(script[..<cut]) + [":pause"]))
        #expect(first == .paused)
        let draft = try vault.load(id)
        #expect(draft.summary.status == .draft)
        #expect(draft.position == 6)
        #expect(draft.document.answers["se_narrative"] == .text("The session took place in a quiet room. R1\nA second line."))

        let second = try Recording.resume(vault: vault, id: id, catalog: catalog, io: ScriptedIO(Array(script[cut...])))
        #expect(second == .completed)
        let done = try vault.load(id)
        #expect(done.summary.status == .complete)
        #expect(done.document.answers["su_notes"] == .skipped)
        #expect(throws: KitError.alreadyComplete(testimonyID: id)) {
            try Recording.resume(vault: vault, id: id, catalog: catalog, io: ScriptedIO([]))
        }
    }

    @Test("quit discards the testimony entirely")
    func quitDiscards() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let template = try Fixtures.catalog().template("interviewer-intake")
        let (id, outcome) = try Recording.start(vault: vault, template: template, language: "sv", io: ScriptedIO(["y", ":quit"]))
        #expect(outcome == .quit)
        #expect(try vault.list().isEmpty)
        #expect(throws: (any Error).self) { try vault.load(id) }
    }

    @Test("an unknown language is refused before anything is stored")
    func unknownLanguage() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let template = try Fixtures.catalog().template("interviewer-intake")
        #expect(throws: KitError.self) { try Recording.start(vault: vault, template: template, language: "de", io: ScriptedIO([])) }
        #expect(try vault.list().isEmpty)
    }

    @Test("import stores a validated document; export gives the same document back")
    func importExport() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let catalog = try Fixtures.catalog()
        let id = try Interchange.importDocument(Data(Fixtures.intakeDocument(marker: "I1").utf8), catalog: catalog, vault: vault)
        let stored = try vault.load(id)
        #expect(stored.summary.status == .complete)
        #expect(stored.document.answers["se_purpose"] == .preferNotToSay)
        for format in InterchangeFormat.allCases {
            let exported = try Interchange.export(id, format: format, vault: vault)
            let again = try Interchange.validate(Data(exported.utf8), catalog: catalog)
            #expect(again.answers == stored.document.answers)
            #expect(again.identifiers == stored.document.identifiers)
            #expect(again.consent.mapValues(\.granted) == stored.document.consent.mapValues(\.granted))
        }
    }

    @Test("a bad field fails the whole import and stores nothing")
    func badImportStoresNothing() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let bad = Fixtures.intakeDocument(marker: "I2").replacingOccurrences(of: "\"in_person\"", with: "\"SECRET-VALUE-I2\"")
        let error = #expect(throws: TemplateError.self) {
            try Interchange.importDocument(Data(bad.utf8), catalog: try Fixtures.catalog(), vault: vault)
        }
        #expect(error?.description.contains("answers.se_mode") == true)
        #expect(error?.description.contains("SECRET-VALUE") == false)
        #expect(try vault.list().isEmpty)
    }
}
