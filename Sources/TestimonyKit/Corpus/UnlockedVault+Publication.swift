import Foundation
import TestimonyCrypto
public import TestimonyModel
import TestimonyStore

extension UnlockedVault {
    static let publicationPart = "publication"

    /// The testimony's publication state, if it ever went to the publication gate.
    public func loadPublication(_ id: String) throws -> PublicationState? {
        try loadJSONPart(id, name: Self.publicationPart)
    }

    /// Saves the publication state and the status, in one transaction.
    public func savePublication(_ id: String, _ state: PublicationState, status: TestimonyStatus) throws {
        try saveJSONPart(id, name: Self.publicationPart, value: state, status: status)
    }

    /// Saves a document (consent changes) keeping the status and interview position.
    public func saveDocument(_ id: String, _ document: TestimonyDocument, status: TestimonyStatus? = nil) throws {
        let stored = try load(id)
        try save(id, document: document, status: status ?? stored.summary.status, position: stored.position)
    }

    /// The testimony's status without decrypting anything.
    public func status(of id: String) throws -> TestimonyStatus {
        Self.summary(try store.testimony(id: id)).status
    }

    /// Crypto-shreds a testimony (CRY-15): its wrapped data key is overwritten and every part deleted
    /// in one transaction, then the database file is rebuilt. Afterwards nothing in the vault can
    /// decrypt it, even with the master key; `show` says it was erased.
    public func erase(_ id: String) throws {
        try store.eraseTestimony(id: id, day: Day.today())
    }
}
