public import Foundation
public import TestimonyRedaction
import TestimonyTemplates

/// Loading redaction inputs: policy files and known-identifier lists (YAML or JSON).
public enum RedactionSetup {
    /// The per-vault policy file name, looked for in the vault directory.
    public static let vaultPolicyFile = "redaction-policy.yaml"

    /// A policy from `file`, else from `redaction-policy.yaml` in the vault directory, else the shipped default.
    public static func policy(file: String?, vaultDirectory: URL? = nil) throws -> RedactionPolicy {
        var file = file
        if file == nil, let vaultDirectory {
            let candidate = vaultDirectory.appendingPathComponent(vaultPolicyFile).path
            if FileManager.default.fileExists(atPath: candidate) { file = candidate }
        }
        guard let file else { return .default }
        guard let data = FileManager.default.contents(atPath: file) else { throw KitError.io("cannot read \(file)") }
        return try YAMLDocument.decode(RedactionPolicy.self, from: data, file: file)
    }

    /// Known identifiers from a file: a list of `{kind, value, role?}`.
    public static func known(file: String?) throws -> [KnownIdentifier] {
        guard let file else { return [] }
        guard let data = FileManager.default.contents(atPath: file) else { throw KitError.io("cannot read \(file)") }
        let list = try YAMLDocument.decode([KnownIdentifier].self, from: data, file: file)
        let kinds: Set<String> = ["person", "place", "org", "contact", "other"]
        for (i, item) in list.enumerated() where !kinds.contains(item.kind) {
            throw KitError.io("\(file): item \(i + 1) has an unknown kind (use person, place, org, contact or other)")
        }
        return list
    }
}
