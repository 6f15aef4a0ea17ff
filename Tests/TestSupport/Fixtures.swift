public import Foundation
public import TestimonyCrypto
public import TestimonyKit
public import TestimonyTemplates

/// Paths, sample documents and fast vaults for tests. Test data is synthetic and non-graphic.
public enum Fixtures {
    /// The package root (found from this file's path).
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The shipped templates.
    public static var templatesDirectory: URL { packageRoot.appendingPathComponent("Templates") }

    /// The shipped template catalogue.
    public static func catalog() throws -> TemplateCatalog {
        try TemplateCatalog.load(from: templatesDirectory)
    }

    /// The passphrase used by test vaults.
    public static let passphrase = "correct-horse-battery-staple-test"

    /// Secret bytes from a string.
    public static func secret(_ text: String) -> SecureBytes {
        var bytes = Array(text.utf8)
        return try! SecureBytes(wiping: &bytes)
    }

    /// A new vault with the fast test KDF.
    public static func vault(in dir: TemporaryDirectory, name: String = "vault") throws -> (vault: UnlockedVault, recoveryKey: String) {
        try LockedVault.create(at: dir.path(name), passphrase: secret(passphrase), policy: .insecureForTests)
    }

    /// A valid interchange document for the interviewer-intake template; `marker` goes into the free text
    /// and an identifier so leak tests can grep for it.
    public static func intakeDocument(marker: String, language: String = "en") -> String {
        """
        {
          "template": "interviewer-intake",
          "language": "\(language)",
          "answers": {
            "se_narrative": "A calm session in a quiet room. \(marker)",
            "se_mode": "in_person",
            "se_referral": "support_service",
            "se_interpreter": false,
            "se_purpose": {"status": "prefer_not_to_say"},
            "su_resources_offered": true,
            "su_notes": {"status": "skipped"}
          },
          "identifiers": [
            {"kind": "person", "value": "Person \(marker)", "role": "survivor"},
            {"kind": "place", "value": "Exampletown"}
          ],
          "consent": {"research_corpus": true, "follow_up_contact": false}
        }
        """
    }

    /// stdin for a full scripted `record` of interviewer-intake; `marker` goes into two free-text answers.
    public static func intakeRecordScript(marker: String) -> String {
        [
            "y", "n", "y", "n", ":skip",  // five consent scopes
            "The session took place in a quiet room. \(marker)", "A second line.", ".",  // se_narrative
            "1", "2", "2", "n", "3",  // mode, referral, language, interpreter, purpose
            "Support contacts were shared. \(marker)", ".",  // su_narrative
            "y", ":pnts", "y", ":skip",  // resources, safety plan, aftercare, notes
            "person/survivor Someone \(marker)", "place Exampletown", ".",  // identifiers
        ].joined(separator: "\n") + "\n"
    }
}
