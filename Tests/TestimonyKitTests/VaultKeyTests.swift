import Foundation
import Testing
import TestimonyCrypto
@testable import TestimonyKit
import TestimonyModel
@testable import TestimonyStore
import TestimonyTestSupport

@Suite("Vault keys: unlock, slots, KDF floor")
struct VaultKeyTests {
    @Test("passphrase and recovery key both open a new vault")
    func unlockRoundTrip() throws {
        let dir = TemporaryDirectory()
        let (vault, recovery) = try Fixtures.vault(in: dir)
        let id = try vault.create(.init(templateID: "t", templateVersion: 1, language: "en", answers: ["q": .text("hello")]), status: .complete)
        let locked = try LockedVault.open(at: dir.path("vault"))
        let byPassphrase = try locked.unlock(passphrase: Fixtures.secret(Fixtures.passphrase), policy: .insecureForTests)
        #expect(try byPassphrase.load(id).document.answers["q"] == .text("hello"))
        let byRecovery = try locked.unlock(recoveryKeyText: Fixtures.secret(recovery.lowercased()), policy: .insecureForTests)
        #expect(try byRecovery.load(id).document.answers["q"] == .text("hello"))
    }

    @Test("a wrong passphrase is refused and leaves every vault byte unchanged (CRY-12)")
    func wrongPassphraseChangesNothing() throws {
        let dir = TemporaryDirectory()
        _ = try Fixtures.vault(in: dir)
        let before = try Self.snapshot(dir.path("vault"))
        let locked = try LockedVault.open(at: dir.path("vault"))
        #expect(throws: KitError.wrongPassphrase) {
            try locked.unlock(passphrase: Fixtures.secret("not the right passphrase"), policy: .insecureForTests)
        }
        #expect(throws: KitError.wrongRecoveryKey) {
            try locked.unlock(recoveryKeyText: Fixtures.secret(String(String(repeating: "AAAA-", count: 13).dropLast())), policy: .insecureForTests)
        }
        #expect(try Self.snapshot(dir.path("vault")) == before)
    }

    @Test("a vault whose KDF parameters are below the floor is refused without the test phrase (CRY-10)")
    func belowFloorRefused() throws {
        let dir = TemporaryDirectory()
        _ = try Fixtures.vault(in: dir)
        let locked = try LockedVault.open(at: dir.path("vault"))
        #expect(try locked.usesInsecureTestKDF())
        #expect(throws: KitError.self) {
            try locked.unlock(passphrase: Fixtures.secret(Fixtures.passphrase), policy: .standard())
        }
        #expect(KDFPolicy.from(environment: [KDFPolicy.environmentVariable: "1"]) == .standard())
        #expect(KDFPolicy.from(environment: [KDFPolicy.environmentVariable: KDFPolicy.testPhrase]) == .insecureForTests)
    }

    @Test("crafted KDF headers above the ceiling or with another algorithm are refused before derivation")
    func craftedHeadersRefused() throws {
        for sql in [
            "UPDATE key_slot SET kdf_mem = 68719476736 WHERE kind = 'passphrase'",
            "UPDATE key_slot SET kdf_ops = 1000 WHERE kind = 'passphrase'",
            "UPDATE key_slot SET kdf_algorithm = 1 WHERE kind = 'passphrase'",
        ] {
            let dir = TemporaryDirectory()
            let (vault, _) = try Fixtures.vault(in: dir)
            try vault.store.rawExecute(sql: sql)
            let locked = try LockedVault.open(at: dir.path("vault"))
            let error = #expect(throws: KitError.self) {
                try locked.unlock(passphrase: Fixtures.secret(Fixtures.passphrase), policy: .insecureForTests)
            }
            #expect(error.map { if case .belowFloorRefused = $0 { true } else { false } } == true, "\(sql)")
        }
    }

    @Test("add, change and remove passphrase slots rewrap only: data blobs stay byte-identical (CRY-13)")
    func slotManagement() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let id = try vault.create(.init(templateID: "t", templateVersion: 1, language: "en", answers: ["q": .text("kept")]), status: .complete)
        let blobsBefore = try vault.store.rawBlob(sql: "SELECT group_concat(hex(blob)) FROM part")
        let second = try vault.addPassphrase(Fixtures.secret("a second long passphrase"))
        try vault.changePassphrase(slotID: nil, to: Fixtures.secret("a brand new passphrase"))
        let locked = try LockedVault.open(at: dir.path("vault"))
        #expect(throws: KitError.wrongPassphrase) {
            try locked.unlock(passphrase: Fixtures.secret(Fixtures.passphrase), policy: .insecureForTests)
        }
        let viaNew = try locked.unlock(passphrase: Fixtures.secret("a brand new passphrase"), policy: .insecureForTests)
        let viaSecond = try locked.unlock(passphrase: Fixtures.secret("a second long passphrase"), policy: .insecureForTests)
        #expect(viaSecond.unlockedSlotID == second)
        #expect(try viaNew.load(id).document.answers["q"] == .text("kept"))
        #expect(try vault.store.rawBlob(sql: "SELECT group_concat(hex(blob)) FROM part") == blobsBefore)

        try viaNew.removeSlot(second)
        #expect(throws: KitError.wrongPassphrase) {
            try locked.unlock(passphrase: Fixtures.secret("a second long passphrase"), policy: .insecureForTests)
        }
        #expect(throws: KitError.lastPassphraseSlot) { try viaNew.removeSlot(viaNew.unlockedSlotID) }
        #expect(throws: KitError.passphraseTooShort(minimum: LockedVault.minimumPassphraseLength)) {
            try viaNew.addPassphrase(Fixtures.secret("short"))
        }
        #expect(throws: StoreError.unknownSlot(id: 99)) { try viaNew.removeSlot(99) }
    }

    @Test("new passphrase slots are never weaker than the strongest existing one, even under the test policy")
    func newSlotsKeepStrength() throws {
        let dir = TemporaryDirectory()
        let strong = KDFPolicy(parameters: .interactive, allowBelowFloor: true)
        _ = try LockedVault.create(at: dir.path("vault"), passphrase: Fixtures.secret(Fixtures.passphrase), policy: strong)
        let vault = try LockedVault.open(at: dir.path("vault")).unlock(passphrase: Fixtures.secret(Fixtures.passphrase), policy: .insecureForTests)
        let added = try vault.addPassphrase(Fixtures.secret("another long passphrase"))
        let slot = try #require(try vault.slots().first { $0.id == added })
        #expect(slot.kdf == KDFParameters.interactive.description)
        #expect(try vault.parametersForNewSlot() == .interactive)
    }

    @Test("a recovery-key unlock can set a new passphrase for a forgotten one")
    func recoveryResetsPassphrase() throws {
        let dir = TemporaryDirectory()
        let (_, recovery) = try Fixtures.vault(in: dir)
        let locked = try LockedVault.open(at: dir.path("vault"))
        let vault = try locked.unlock(recoveryKeyText: Fixtures.secret(recovery), policy: .insecureForTests)
        try vault.changePassphrase(slotID: nil, to: Fixtures.secret("remembered this time"))
        _ = try locked.unlock(passphrase: Fixtures.secret("remembered this time"), policy: .insecureForTests)
    }

    @Test("creating a vault where one exists is refused and the old vault still opens")
    func createTwiceRefused() throws {
        let dir = TemporaryDirectory()
        _ = try Fixtures.vault(in: dir)
        #expect(throws: StoreError.vaultExists(path: dir.path("vault").path)) { try Fixtures.vault(in: dir) }
        _ = try LockedVault.open(at: dir.path("vault")).unlock(passphrase: Fixtures.secret(Fixtures.passphrase), policy: .insecureForTests)
    }

    /// Bytes of every file in a directory.
    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) {
            result[name] = try Data(contentsOf: dir.appendingPathComponent(name))
        }
        return result
    }
}
