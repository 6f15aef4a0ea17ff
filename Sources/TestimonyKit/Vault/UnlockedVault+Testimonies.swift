import Foundation
public import TestimonyModel
import TestimonyCrypto
import TestimonyStore

extension UnlockedVault {
    /// All testimonies (metadata only).
    public func list() throws -> [TestimonySummary] {
        try store.testimonies().map(Self.summary)
    }

    /// One testimony's metadata, without decrypting it (its template, say, before a workflow that
    /// decrypts it once). An erased testimony fails as `load` fails.
    public func summary(_ id: String) throws -> TestimonySummary {
        let row = try store.testimony(id: id)
        if row.status == TestimonyStatus.erased.rawValue { throw KitError.erased(testimonyID: id, day: row.updatedDay) }
        return Self.summary(row)
    }

    /// Creates a testimony for `document`'s template, with a fresh data key, and stores its parts
    /// in one transaction.
    /// - Returns: the new opaque id.
    public func create(_ document: TestimonyDocument, status: TestimonyStatus, position: Int = 0) throws -> String {
        let id = Self.newTestimonyID()
        let dataKey = try SecureBytes.random(count: AEAD.keyBytes)
        let ad = AssociatedData.dataKey(
            vaultID: vaultID, testimonyID: id, templateID: document.templateID, templateVersion: document.templateVersion)
        let wrapped = try AEAD.sealSecret(dataKey, key: masterKey, associatedData: ad)
        let day = Day.today()
        let row = TestimonyRow(
            id: id, templateID: document.templateID, templateVersion: document.templateVersion, status: status.rawValue,
            createdDay: day, updatedDay: day, wrappedKey: Data(wrapped))
        let parts = try sealParts(document, position: position, testimonyID: id, dataKey: dataKey, versions: [:])
        try store.insertTestimony(row, parts: parts)
        return id
    }

    /// Saves a new version of every part and the status, in one transaction.
    public func save(_ id: String, document: TestimonyDocument, status: TestimonyStatus, position: Int) throws {
        let row = try store.testimony(id: id)
        let dataKey = try openDataKey(row)
        var versions: [String: Int64] = [:]
        for part in try store.parts(of: id) { versions[part.name] = part.version }
        let parts = try sealParts(document, position: position, testimonyID: id, dataKey: dataKey, versions: versions)
        try store.saveParts(parts, testimonyID: id, status: status.rawValue, day: Day.today())
    }

    /// Decrypts a testimony. Any altered, truncated, moved or missing blob fails with an integrity
    /// error naming the testimony id only.
    public func load(_ id: String) throws -> StoredTestimony {
        let row = try store.testimony(id: id)
        if row.status == TestimonyStatus.erased.rawValue { throw KitError.erased(testimonyID: id, day: row.updatedDay) }
        let dataKey = try openDataKey(row)
        var plain: [TestimonyPartName: [UInt8]] = [:]
        defer { for key in plain.keys { Memory.wipe(&plain[key]!) } }
        let rows = try store.parts(of: id)
        for name in TestimonyPartName.allCases {
            guard let part = rows.first(where: { $0.name == name.rawValue }) else { throw KitError.integrity(testimonyID: id) }
            let ad = AssociatedData.part(vaultID: vaultID, testimonyID: id, part: name.rawValue, recordVersion: part.version)
            do {
                plain[name] = try AEAD.open(Array(part.blob), key: dataKey, associatedData: ad)
            } catch {
                throw KitError.integrity(testimonyID: id)
            }
        }
        do {
            let decoder = JSONDecoder()
            let answers = try decoder.decode(AnswersPart.self, from: Data(plain[.answers]!))
            let identifiers = try decoder.decode([Identifier].self, from: Data(plain[.identifiers]!))
            let consent = try decoder.decode([String: ConsentDecision].self, from: Data(plain[.consent]!))
            let progress = try decoder.decode(ProgressPart.self, from: Data(plain[.progress]!))
            let document = TestimonyDocument(
                templateID: row.templateID, templateVersion: row.templateVersion, language: answers.language,
                answers: answers.answers, identifiers: identifiers, consent: consent)
            return StoredTestimony(summary: Self.summary(row), document: document, position: progress.position)
        } catch {
            throw KitError.integrity(testimonyID: id)
        }
    }

    /// Deletes a testimony and its parts; its data key is gone with its row (crypto-shredding).
    public func discard(_ id: String) throws {
        try store.deleteTestimony(id: id)
    }

    func openDataKey(_ row: TestimonyRow) throws -> SecureBytes {
        if row.status == TestimonyStatus.erased.rawValue { throw KitError.erased(testimonyID: row.id, day: row.updatedDay) }
        do {
            return try AEAD.openSecret(
                Array(row.wrappedKey), key: masterKey,
                associatedData: AssociatedData.dataKey(
                    vaultID: vaultID, testimonyID: row.id, templateID: row.templateID, templateVersion: row.templateVersion))
        } catch {
            throw KitError.integrity(testimonyID: row.id)
        }
    }

    func sealParts(
        _ document: TestimonyDocument, position: Int, testimonyID: String, dataKey: SecureBytes, versions: [String: Int64]
    ) throws -> [PartRow] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let plaintexts: [(TestimonyPartName, Data)] = [
            (.answers, try encoder.encode(AnswersPart(language: document.language, answers: document.answers))),
            (.identifiers, try encoder.encode(document.identifiers)),
            (.consent, try encoder.encode(document.consent)),
            (.progress, try encoder.encode(ProgressPart(position: position))),
        ]
        return try plaintexts.map { name, data in
            let version = (versions[name.rawValue] ?? 0) + 1
            var bytes = [UInt8](data)
            defer { Memory.wipe(&bytes) }
            let ad = AssociatedData.part(vaultID: vaultID, testimonyID: testimonyID, part: name.rawValue, recordVersion: version)
            let blob = try AEAD.seal(bytes, key: dataKey, associatedData: ad)
            return PartRow(testimonyID: testimonyID, name: name.rawValue, version: version, blob: Data(blob))
        }
    }

    static func summary(_ row: TestimonyRow) -> TestimonySummary {
        TestimonySummary(
            id: row.id, templateID: row.templateID, templateVersion: row.templateVersion,
            status: TestimonyStatus(rawValue: row.status) ?? .draft, createdDay: row.createdDay, updatedDay: row.updatedDay)
    }

    /// `t-` and ten characters from an unambiguous lowercase alphabet (50 random bits).
    static func newTestimonyID() -> String {
        let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")
        return "t-" + String((0..<10).map { _ in alphabet[Int(Random.uniform(UInt32(alphabet.count)))] })
    }
}
