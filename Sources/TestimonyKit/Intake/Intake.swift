import Foundation
import TestimonyCrypto
import TestimonyModel
import TestimonyStore
public import TestimonyTemplates

/// Organisation-side intake of survivor envelopes.
public enum Intake {
    /// What one envelope did.
    public enum Outcome: Sendable, Equatable {
        /// Stored as a new testimony.
        case stored(id: String)
        /// A withdrawal request: the consent of these testimonies was withdrawn.
        case withdrawn(ids: [String])
    }

    /// Opens, validates and stores one envelope. Refuses duplicates, foreign or damaged envelopes and
    /// invalid answers, storing nothing.
    public static func take(_ envelope: [UInt8], vault: UnlockedVault, catalog: TemplateCatalog) throws -> Outcome {
        let hash = Data(SHA256.hex(envelope).utf8)
        if try vault.store.envelopeSeen(hash) { throw KitError.io("this envelope was taken in before; nothing was stored") }
        let identities = try vault.intakeIdentities()
        guard !identities.isEmpty else { throw KitError.io("this vault has no intake identity; create one with `testimony keys org-init`") }
        var plain: [UInt8]
        do {
            plain = try Age.decrypt(envelope, identities: identities)
        } catch {
            switch error {
            case .noMatch: throw KitError.io("the envelope is not for this organisation's keys; nothing was stored")
            default: throw KitError.io("the envelope is damaged or not an age file (\(error)); nothing was stored")
            }
        }
        defer { Memory.wipe(&plain) }
        guard var object = try? JSONSerialization.jsonObject(with: Data(plain)) as? [String: Any] else {
            throw KitError.io("the envelope does not hold a testimony document; nothing was stored")
        }
        if let withdraw = object["withdraw"] as? [String: Any], let code = withdraw["receipt"] as? String {
            let ids = try vault.withdrawSubmission(receipt: code)
            try vault.store.recordEnvelope(hash)
            return .withdrawn(ids: ids)
        }
        let receiptHash = object.removeValue(forKey: "receipt_hash") as? String
        let data = try JSONSerialization.data(withJSONObject: object)
        let document = try Interchange.validate(data, catalog: catalog)
        let id = try vault.createSubmitted(document, receiptHash: receiptHash, envelopeHash: hash, steps: InterviewStep.steps(for: catalog.template(document.templateID)).count)
        return .stored(id: id)
    }
}
