import Foundation
import Testing
import TestimonyCrypto
@testable import TestimonyKit
import TestimonyModel
import TestimonyRedaction
@testable import TestimonyStore
import TestimonyTestSupport

@Suite("Survivor submissions: seal, intake, withdraw")
struct IntakeTests {
    static func document(_ marker: String) throws -> TestimonyDocument {
        try Interchange.validate(Data(Fixtures.intakeDocument(marker: marker).utf8), catalog: Fixtures.catalog())
    }

    @Test("an envelope sealed to the vault's recipient is stored once, as submitted; a duplicate is refused")
    func roundTrip() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let recipient = try vault.createIntakeIdentity()
        #expect(recipient.hasPrefix("age1"))
        let marker = "SEALED-MARKER-\(UUID().uuidString)"
        let (envelope, receipt) = try Submission.seal(try Self.document(marker), to: [recipient])
        #expect(receipt.split(separator: "-").count == 6)
        #expect(!String(decoding: envelope, as: UTF8.self).contains(marker))
        let outcome = try Intake.take(envelope, vault: vault, catalog: Fixtures.catalog())
        guard case .stored(let id) = outcome else { Issue.record("not stored"); return }
        let stored = try vault.load(id)
        #expect(stored.summary.status == .submitted)
        #expect(stored.document.answers["se_narrative"] == .text("A calm session in a quiet room. \(marker)"))
        #expect(throws: KitError.self) { try Intake.take(envelope, vault: vault, catalog: Fixtures.catalog()) }
        #expect(try vault.list().count == 1)
    }

    @Test("foreign, truncated and invalid envelopes are refused and the vault stays byte-identical")
    func refusals() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let recipient = try vault.createIntakeIdentity()
        let other = try AgeX25519Identity.generate().recipient
        let foreign = try Submission.seal(try Self.document("F"), to: [other]).envelope
        let good = try Submission.seal(try Self.document("T"), to: [recipient]).envelope
        let truncated = Array(good.dropLast(10))
        var invalid = [UInt8](Fixtures.intakeDocument(marker: "I").replacingOccurrences(of: "\"in_person\"", with: "\"nope\"").utf8)
        let badAnswers = try Age.encrypt(invalid, to: [recipient])
        Memory.wipe(&invalid)
        let before = try Data(contentsOf: dir.path("vault/vault.sqlite"))
        for envelope in [foreign, truncated, badAnswers, Array("not an age file".utf8)] {
            #expect(throws: (any Error).self) { try Intake.take(envelope, vault: vault, catalog: Fixtures.catalog()) }
        }
        #expect(try Data(contentsOf: dir.path("vault/vault.sqlite")) == before)
        #expect(try vault.list().isEmpty)
    }

    @Test("a withdrawal request with the receipt code withdraws every consent scope of that submission")
    func withdrawal() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let recipient = try vault.createIntakeIdentity()
        let (envelope, receipt) = try Submission.seal(try Self.document("W"), to: [recipient])
        guard case .stored(let id) = try Intake.take(envelope, vault: vault, catalog: Fixtures.catalog()) else { return }
        #expect(try vault.load(id).document.consent["research_corpus"]?.granted == true)
        let wrong = try Submission.withdrawal(receipt: "not-the-right-code", to: [recipient])
        #expect(try Intake.take(wrong, vault: vault, catalog: Fixtures.catalog()) == .withdrawn(ids: []))
        let request = try Submission.withdrawal(receipt: receipt, to: [recipient])
        #expect(try Intake.take(request, vault: vault, catalog: Fixtures.catalog()) == .withdrawn(ids: [id]))
        #expect(try vault.load(id).document.consent.values.allSatisfy { !$0.granted })
    }

    @Test("a withdrawal still finds its submission after redaction and review changed its status")
    func withdrawalAfterRedaction() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let recipient = try vault.createIntakeIdentity()
        let (envelope, receipt) = try Submission.seal(try Self.document("WR"), to: [recipient])
        guard case .stored(let id) = try Intake.take(envelope, vault: vault, catalog: Fixtures.catalog()) else { return }
        try RedactionWorkflow.redact(vault: vault, id: id, catalog: Fixtures.catalog(), policy: .default)
        #expect(try vault.list().first?.status == .inReview)
        let request = try Submission.withdrawal(receipt: receipt, to: [recipient])
        #expect(try Intake.take(request, vault: vault, catalog: Fixtures.catalog()) == .withdrawn(ids: [id]))
        #expect(try vault.load(id).document.consent.values.allSatisfy { !$0.granted })
        #expect(try vault.list().first?.status == .inReview)
    }

    @Test("rotation: a new identity is added and envelopes for the old one still open")
    func rotation() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let old = try vault.createIntakeIdentity()
        let envelope = try Submission.seal(try Self.document("R"), to: [old]).envelope
        let new = try vault.createIntakeIdentity()
        #expect(try vault.intakeRecipients() == [old, new])
        guard case .stored = try Intake.take(envelope, vault: vault, catalog: Fixtures.catalog()) else { Issue.record("old envelope refused"); return }
    }

    @Test("a paused draft is sealed with the survivor's passphrase and opens only with it")
    func drafts() throws {
        let doc = try Self.document("D")
        let file = try Submission.sealDraft(doc, position: 7, passphrase: Fixtures.secret("survivor draft passphrase"))
        let (back, position) = try Submission.openDraft(file, passphrase: Fixtures.secret("survivor draft passphrase"), catalog: Fixtures.catalog())
        #expect(back.answers == doc.answers && position == 7)
        #expect(throws: KitError.self) { try Submission.openDraft(file, passphrase: Fixtures.secret("wrong"), catalog: Fixtures.catalog()) }
    }

    @Test("receipt codes match only their own salted hash")
    func receipts() {
        let code = ReceiptCode.generate()
        let stored = ReceiptCode.hash(code)
        #expect(ReceiptCode.matches(code, stored: stored))
        #expect(ReceiptCode.matches(code.uppercased(), stored: stored))
        #expect(!ReceiptCode.matches(code + "x", stored: stored))
        #expect(ReceiptCode.hash(code) != stored)  // salted
    }
}
