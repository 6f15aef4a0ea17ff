import Foundation
import TestimonyModel

extension UnlockedVault {
    static let redactionPart = "redaction"

    /// The testimony's redaction state (draft excerpts, redaction map, review decisions), if any.
    /// It re-identifies, so it lives only here, encrypted like every other part.
    public func loadRedaction(_ id: String) throws -> RedactionState? {
        try loadJSONPart(id, name: Self.redactionPart)
    }

    /// Saves the redaction state as a new version of its part, and the status, in one transaction.
    public func saveRedaction(_ id: String, _ state: RedactionState, status: TestimonyStatus) throws {
        try saveJSONPart(id, name: Self.redactionPart, value: state, status: status)
    }
}
