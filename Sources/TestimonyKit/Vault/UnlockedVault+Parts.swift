import Foundation
import TestimonyCrypto
import TestimonyModel
import TestimonyStore

extension UnlockedVault {
    /// A JSON part of a testimony (redaction, publication), decrypted; nil when the testimony has none.
    /// Any altered, moved or undecodable blob is an integrity error naming the testimony id only.
    func loadJSONPart<T: Decodable>(_ id: String, name: String) throws -> T? {
        let row = try store.testimony(id: id)
        guard let part = try store.parts(of: id).first(where: { $0.name == name }) else { return nil }
        let dataKey = try openDataKey(row)
        let ad = AssociatedData.part(vaultID: vaultID, testimonyID: id, part: name, recordVersion: part.version)
        var plain: [UInt8]
        do {
            plain = try AEAD.open(Array(part.blob), key: dataKey, associatedData: ad)
        } catch {
            throw KitError.integrity(testimonyID: id)
        }
        defer { Memory.wipe(&plain) }
        do {
            return try JSONDecoder().decode(T.self, from: Data(plain))
        } catch {
            throw KitError.integrity(testimonyID: id)
        }
    }

    /// Seals a JSON part as its next version and saves it with the status, in one transaction.
    func saveJSONPart<T: Encodable>(_ id: String, name: String, value: T, status: TestimonyStatus) throws {
        let row = try store.testimony(id: id)
        let dataKey = try openDataKey(row)
        let previous = try store.parts(of: id).first(where: { $0.name == name })?.version ?? 0
        let part = try sealPart(value, name: name, testimonyID: id, dataKey: dataKey, version: previous + 1)
        try store.saveParts([part], testimonyID: id, status: status.rawValue, day: Day.today())
    }
}
