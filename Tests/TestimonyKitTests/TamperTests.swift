import Foundation
import Testing
import TestimonyCrypto
@testable import TestimonyKit
import TestimonyModel
@testable import TestimonyStore
import TestimonyTestSupport

@Suite("Tamper detection: every stored blob is bound to its place")
struct TamperTests {
    static let marker = "SYNTHETIC-MARKER-7Q"

    static func document(_ text: String) -> TestimonyDocument {
        TestimonyDocument(
            templateID: "interviewer-intake", templateVersion: 1, language: "en", answers: ["se_narrative": .text(text)],
            identifiers: [Identifier(kind: .person, value: "Name \(text)", role: .survivor)])
    }

    /// A vault with two testimonies, A and B.
    static func twoTestimonies() throws -> (TemporaryDirectory, UnlockedVault, String, String) {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let a = try vault.create(document("first \(marker)"), status: .complete)
        let b = try vault.create(document("second \(marker)"), status: .complete)
        return (dir, vault, a, b)
    }

    static func expectIntegrityError(_ vault: UnlockedVault, _ id: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let error = #expect(throws: KitError.integrity(testimonyID: id), sourceLocation: sourceLocation) { try vault.load(id) }
        if let error { #expect(!error.description.contains(marker), sourceLocation: sourceLocation) }
    }

    @Test("a flipped bit in any part blob is detected", arguments: ["answers", "identifiers", "consent", "progress"])
    func flippedPartBit(part: String) throws {
        let (dirVault, vault, a, _) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirVault) {} }
        var blob = try #require(try vault.store.rawBlob(sql: "SELECT blob FROM part WHERE testimony_id = '\(a)' AND name = '\(part)'"))
        for position in [0, 1, 30, blob.count - 1] {
            var flipped = blob
            flipped[position] ^= 0x01
            try vault.store.rawExecute(sql: "UPDATE part SET blob = ? WHERE testimony_id = '\(a)' AND name = '\(part)'", blob: flipped)
            Self.expectIntegrityError(vault, a)
        }
        blob.removeLast()
        try vault.store.rawExecute(sql: "UPDATE part SET blob = ? WHERE testimony_id = '\(a)' AND name = '\(part)'", blob: blob)
        Self.expectIntegrityError(vault, a)
    }

    @Test("a flipped bit in a testimony's wrapped data key is detected")
    func flippedDataKey() throws {
        let (dirVault, vault, a, b) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirVault) {} }
        var key = try #require(try vault.store.rawBlob(sql: "SELECT wrapped_key FROM testimony WHERE id = '\(a)'"))
        key[key.count / 2] ^= 0x80
        try vault.store.rawExecute(sql: "UPDATE testimony SET wrapped_key = ? WHERE id = '\(a)'", blob: key)
        Self.expectIntegrityError(vault, a)
        #expect(try vault.load(b).document == Self.document("second \(Self.marker)"))
    }

    @Test("a flipped bit in a key slot makes that slot unusable")
    func flippedSlot() throws {
        let (dir, vault, _, _) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dir) {} }
        var slot = try #require(try vault.store.rawBlob(sql: "SELECT wrapped_key FROM key_slot WHERE kind = 'passphrase'"))
        slot[5] ^= 0x04
        try vault.store.rawExecute(sql: "UPDATE key_slot SET wrapped_key = ? WHERE kind = 'passphrase'", blob: slot)
        let locked = try LockedVault.open(at: dir.path("vault"))
        #expect(throws: KitError.wrongPassphrase) {
            try locked.unlock(passphrase: Fixtures.secret(Fixtures.passphrase), policy: .insecureForTests)
        }
    }

    @Test("a part blob copied onto another testimony's row is rejected (CRY-07)")
    func blobCopiedAcrossTestimonies() throws {
        let (dirVault, vault, a, b) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirVault) {} }
        try vault.store.rawExecute(sql: """
            UPDATE part SET blob = (SELECT blob FROM part WHERE testimony_id = '\(b)' AND name = 'answers'),
                version = (SELECT version FROM part WHERE testimony_id = '\(b)' AND name = 'answers')
            WHERE testimony_id = '\(a)' AND name = 'answers'
            """)
        Self.expectIntegrityError(vault, a)
    }

    @Test("a wrapped data key copied from another testimony is rejected")
    func dataKeyCopiedAcrossTestimonies() throws {
        let (dirVault, vault, a, b) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirVault) {} }
        try vault.store.rawExecute(sql: "UPDATE testimony SET wrapped_key = (SELECT wrapped_key FROM testimony WHERE id = '\(b)') WHERE id = '\(a)'")
        Self.expectIntegrityError(vault, a)
    }

    @Test("a whole testimony (data key and every part) copied onto another id is rejected")
    func wholeTestimonyCopied() throws {
        let (dirVault, vault, a, b) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirVault) {} }
        try vault.store.rawExecute(sql: "UPDATE testimony SET wrapped_key = (SELECT wrapped_key FROM testimony WHERE id = '\(b)') WHERE id = '\(a)'")
        for part in ["answers", "identifiers", "consent", "progress"] {
            try vault.store.rawExecute(sql: """
                UPDATE part SET blob = (SELECT blob FROM part WHERE testimony_id = '\(b)' AND name = '\(part)'),
                    version = (SELECT version FROM part WHERE testimony_id = '\(b)' AND name = '\(part)')
                WHERE testimony_id = '\(a)' AND name = '\(part)'
                """)
        }
        Self.expectIntegrityError(vault, a)
    }

    @Test("associated data differs in every field it binds")
    func associatedDataIsInjective() {
        let v1 = Data(repeating: 1, count: 16)
        let v2 = Data(repeating: 2, count: 16)
        let base = AssociatedData.part(vaultID: v1, testimonyID: "t-a", part: "answers", recordVersion: 1)
        let variants = [
            AssociatedData.part(vaultID: v2, testimonyID: "t-a", part: "answers", recordVersion: 1),
            AssociatedData.part(vaultID: v1, testimonyID: "t-b", part: "answers", recordVersion: 1),
            AssociatedData.part(vaultID: v1, testimonyID: "t-a", part: "consent", recordVersion: 1),
            AssociatedData.part(vaultID: v1, testimonyID: "t-a", part: "answers", recordVersion: 2),
            AssociatedData.part(vaultID: v1, testimonyID: "t-aa", part: "nswers", recordVersion: 1),
            AssociatedData.dataKey(vaultID: v1, testimonyID: "t-a", templateID: "answers", templateVersion: 1),
        ]
        for variant in variants { #expect(variant != base) }
        let key = AssociatedData.dataKey(vaultID: v1, testimonyID: "t-a", templateID: "x", templateVersion: 1)
        #expect(key != AssociatedData.dataKey(vaultID: v1, testimonyID: "t-b", templateID: "x", templateVersion: 1))
        #expect(key != AssociatedData.dataKey(vaultID: v1, testimonyID: "t-a", templateID: "y", templateVersion: 1))
        #expect(key != AssociatedData.dataKey(vaultID: v1, testimonyID: "t-a", templateID: "x", templateVersion: 2))
        #expect(key != AssociatedData.dataKey(vaultID: v2, testimonyID: "t-a", templateID: "x", templateVersion: 1))
    }

    @Test("a blob moved to another part of the same testimony is rejected")
    func blobMovedBetweenParts() throws {
        let (dirVault, vault, a, _) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirVault) {} }
        try vault.store.rawExecute(sql: """
            UPDATE part SET blob = (SELECT blob FROM part WHERE testimony_id = '\(a)' AND name = 'identifiers')
            WHERE testimony_id = '\(a)' AND name = 'answers'
            """)
        Self.expectIntegrityError(vault, a)
    }

    @Test("a blob whose record version was changed is rejected")
    func versionChanged() throws {
        let (dirVault, vault, a, _) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirVault) {} }
        try vault.store.rawExecute(sql: "UPDATE part SET version = version + 1 WHERE testimony_id = '\(a)' AND name = 'answers'")
        Self.expectIntegrityError(vault, a)
    }

    @Test("a testimony copied from another vault is rejected")
    func crossVaultCopy() throws {
        let (dirSource, source, a, _) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirSource) {} }
        let (dirTarget, target, _, b) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirTarget) {} }
        let key = try #require(try source.store.rawBlob(sql: "SELECT wrapped_key FROM testimony WHERE id = '\(a)'"))
        try target.store.rawExecute(sql: "UPDATE testimony SET wrapped_key = ? WHERE id = '\(b)'", blob: key)
        for part in ["answers", "identifiers", "consent", "progress"] {
            let blob = try #require(try source.store.rawBlob(sql: "SELECT blob FROM part WHERE testimony_id = '\(a)' AND name = '\(part)'"))
            try target.store.rawExecute(sql: "UPDATE part SET blob = ? WHERE testimony_id = '\(b)' AND name = '\(part)'", blob: blob)
        }
        Self.expectIntegrityError(target, b)
    }

    @Test("editing the clear template id or version of a testimony is detected")
    func templateColumnsBound() throws {
        for sql in ["UPDATE testimony SET template_id = 'damages-impact'", "UPDATE testimony SET template_version = 2"] {
            let (dir, vault, a, _) = try Self.twoTestimonies()
            defer { withExtendedLifetime(dir) {} }
            try vault.store.rawExecute(sql: sql + " WHERE id = '\(a)'")
            Self.expectIntegrityError(vault, a)
        }
    }

    @Test("a missing part is an integrity error, not an empty testimony")
    func missingPart() throws {
        let (dirVault, vault, a, _) = try Self.twoTestimonies()
        defer { withExtendedLifetime(dirVault) {} }
        try vault.store.rawExecute(sql: "DELETE FROM part WHERE testimony_id = '\(a)' AND name = 'consent'")
        Self.expectIntegrityError(vault, a)
    }
}
