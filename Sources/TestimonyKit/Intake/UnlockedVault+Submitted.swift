import Foundation
import TestimonyCrypto
import TestimonyModel
import TestimonyStore

/// Plaintext of the `intake` part of a submitted testimony.
struct IntakePart: Codable {
    var source: String
    var receiptHash: String?

    enum CodingKeys: String, CodingKey {
        case source
        case receiptHash = "receipt_hash"
    }
}

extension UnlockedVault {
    static let intakePart = "intake"

    /// Stores a survivor's submission (status `submitted`) with its receipt hash and envelope hash.
    func createSubmitted(_ document: TestimonyDocument, receiptHash: String?, envelopeHash: Data, steps: Int) throws -> String {
        let id = Self.newTestimonyID()
        let dataKey = try SecureBytes.random(count: AEAD.keyBytes)
        let ad = AssociatedData.dataKey(
            vaultID: vaultID, testimonyID: id, templateID: document.templateID, templateVersion: document.templateVersion)
        let wrapped = try AEAD.sealSecret(dataKey, key: masterKey, associatedData: ad)
        let day = Day.today()
        let row = TestimonyRow(
            id: id, templateID: document.templateID, templateVersion: document.templateVersion, status: TestimonyStatus.submitted.rawValue,
            createdDay: day, updatedDay: day, wrappedKey: Data(wrapped))
        var parts = try sealParts(document, position: steps, testimonyID: id, dataKey: dataKey, versions: [:])
        parts.append(try sealPart(IntakePart(source: "self", receiptHash: receiptHash), name: Self.intakePart, testimonyID: id, dataKey: dataKey, version: 1))
        try store.insertSubmitted(row, parts: parts, envelopeHash: envelopeHash)
        return id
    }

    /// Withdraws every consent scope of the submission with this receipt code.
    /// - Returns: the ids of the testimonies changed (empty when no receipt matched).
    func withdrawSubmission(receipt: String) throws -> [String] {
        var changed: [String] = []
        // Any testimony that came in as a submission, whatever its status now (in review, reviewed, …).
        for row in try store.testimonies() {
            guard let part = try store.parts(of: row.id).first(where: { $0.name == Self.intakePart }) else { continue }
            let dataKey = try openDataKey(row)
            let ad = AssociatedData.part(vaultID: vaultID, testimonyID: row.id, part: Self.intakePart, recordVersion: part.version)
            guard var plain = try? AEAD.open(Array(part.blob), key: dataKey, associatedData: ad) else {
                throw KitError.integrity(testimonyID: row.id)
            }
            defer { Memory.wipe(&plain) }
            guard let intake = try? JSONDecoder().decode(IntakePart.self, from: Data(plain)), let stored = intake.receiptHash,
                ReceiptCode.matches(receipt, stored: stored)
            else { continue }
            let loaded = try load(row.id)
            var document = loaded.document
            for scope in document.consent.keys {
                document.consent[scope] = ConsentDecision(granted: false, decidedDay: Day.today())
            }
            try save(row.id, document: document, status: loaded.summary.status, position: loaded.position)
            changed.append(row.id)
        }
        return changed
    }

    func sealPart<T: Encodable>(_ value: T, name: String, testimonyID: String, dataKey: SecureBytes, version: Int64) throws -> PartRow {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bytes = [UInt8](try encoder.encode(value))
        defer { Memory.wipe(&bytes) }
        let ad = AssociatedData.part(vaultID: vaultID, testimonyID: testimonyID, part: name, recordVersion: version)
        return PartRow(testimonyID: testimonyID, name: name, version: version, blob: Data(try AEAD.seal(bytes, key: dataKey, associatedData: ad)))
    }
}
