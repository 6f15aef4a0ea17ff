import Foundation
import Testing
@testable import TestimonyKit
@testable import TestimonyStore
import TestimonyCrypto
import TestimonyModel
import TestimonyTestSupport

/// CRY-15: after `erase`, nothing in the vault directory can decrypt the testimony, even with the
/// master key; `show` says it was erased; other testimonies are untouched.
@Suite("Erase (crypto-shred)")
struct EraseTests {
    static func importOne(_ vault: UnlockedVault, marker: String) throws -> String {
        let doc = """
            {"template": "interviewer-intake", "language": "en",
             "answers": {"se_narrative": "Synthetic note \(marker) for the erase test."},
             "identifiers": [{"kind": "person", "value": "\(marker)Name", "role": "survivor"}]}
            """
        return try Interchange.importDocument(Data(doc.utf8), catalog: Fixtures.catalog(), vault: vault)
    }

    @Test func erasedTestimonyIsUndecryptableAndItsKeyBytesAreGone() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        let keep = try Self.importOne(vault, marker: "KEEPCANARY")
        let gone = try Self.importOne(vault, marker: "GONECANARY")
        let row = try vault.store.testimony(id: gone)
        let wrapped = row.wrappedKey
        let dataKey = try vault.openDataKey(row)
        let dataKeyBytes = Data(dataKey.exposedCopy())
        let partBlobs = try vault.store.parts(of: gone).map(\.blob)
        #expect(!CanarySweep.files(containingBytes: wrapped, under: [vault.directory]).isEmpty)  // the probe finds it before

        try vault.erase(gone)

        // (a) the wrapped key and every ciphertext of the testimony are gone from every file;
        #expect(CanarySweep.files(containingBytes: wrapped, under: [vault.directory]) == [])
        #expect(CanarySweep.files(containingBytes: dataKeyBytes, under: [vault.directory]) == [])
        for blob in partBlobs { #expect(CanarySweep.files(containingBytes: blob.prefix(64), under: [vault.directory]) == []) }
        // (b) the master key cannot open it: load says erased, with the day;
        #expect(throws: KitError.erased(testimonyID: gone, day: Day.today())) { try vault.load(gone) }
        // (the metadata read that consent commands use says so too, without decrypting anything);
        #expect(throws: KitError.erased(testimonyID: gone, day: Day.today())) { try vault.summary(gone) }
        #expect(try vault.summary(keep).templateID == vault.load(keep).summary.templateID)
        #expect(throws: StoreError.unknownTestimony(id: "t-nosuchid00")) { try vault.summary("t-nosuchid00") }
        #expect(try vault.store.parts(of: gone).isEmpty)
        #expect(try vault.store.testimony(id: gone).wrappedKey.isEmpty)
        #expect(try vault.list().first { $0.id == gone }?.status == .erased)
        // (c) the other testimony is whole, and the vault reopens.
        #expect(try vault.load(keep).document.answers["se_narrative"] != nil)
        #expect(KitError.erased(testimonyID: gone, day: "2026-11-29").description.contains("erased"))
        withExtendedLifetime(dir) {}
    }

    @Test func erasingAnUnknownIdChangesNothing() throws {
        let dir = TemporaryDirectory()
        let (vault, _) = try Fixtures.vault(in: dir)
        _ = try Self.importOne(vault, marker: "X")
        let before = try Data(contentsOf: VaultStore.databaseURL(in: vault.directory))
        #expect(throws: (any Error).self) { try vault.erase("t-nosuchid00") }
        #expect(try Data(contentsOf: VaultStore.databaseURL(in: vault.directory)) == before)
    }
}
