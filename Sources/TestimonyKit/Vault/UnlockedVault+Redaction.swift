import Foundation
import TestimonyCrypto
import TestimonyModel
import TestimonyStore

extension UnlockedVault {
    static let redactionPart = "redaction"

    /// The testimony's redaction state (draft excerpts, redaction map, review decisions), if any.
    /// It re-identifies, so it lives only here, encrypted like every other part.
    public func loadRedaction(_ id: String) throws -> RedactionState? {
        let row = try store.testimony(id: id)
        guard let part = try store.parts(of: id).first(where: { $0.name == Self.redactionPart }) else { return nil }
        let dataKey = try openDataKey(row)
        let ad = AssociatedData.part(vaultID: vaultID, testimonyID: id, part: Self.redactionPart, recordVersion: part.version)
        var plain: [UInt8]
        do {
            plain = try AEAD.open(Array(part.blob), key: dataKey, associatedData: ad)
        } catch {
            throw KitError.integrity(testimonyID: id)
        }
        defer { Memory.wipe(&plain) }
        do {
            return try JSONDecoder().decode(RedactionState.self, from: Data(plain))
        } catch {
            throw KitError.integrity(testimonyID: id)
        }
    }

    /// Saves the redaction state as a new version of its part, and the status, in one transaction.
    public func saveRedaction(_ id: String, _ state: RedactionState, status: TestimonyStatus) throws {
        let row = try store.testimony(id: id)
        let dataKey = try openDataKey(row)
        let previous = try store.parts(of: id).first(where: { $0.name == Self.redactionPart })?.version ?? 0
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        var bytes = [UInt8](try encoder.encode(state))
        defer { Memory.wipe(&bytes) }
        let version = previous + 1
        let ad = AssociatedData.part(vaultID: vaultID, testimonyID: id, part: Self.redactionPart, recordVersion: version)
        let blob = try AEAD.seal(bytes, key: dataKey, associatedData: ad)
        try store.saveParts(
            [PartRow(testimonyID: id, name: Self.redactionPart, version: version, blob: Data(blob))], testimonyID: id,
            status: status.rawValue, day: Day.today())
    }
}
