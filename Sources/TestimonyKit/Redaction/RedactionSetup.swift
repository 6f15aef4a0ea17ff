import Foundation
public import TestimonyRedaction
import TestimonyTemplates

/// Loading redaction inputs: policy files and known-identifier lists (YAML or JSON).
public enum RedactionSetup {
    /// A policy from a YAML/JSON file, or the shipped default.
    public static func policy(file: String?) throws -> RedactionPolicy {
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
