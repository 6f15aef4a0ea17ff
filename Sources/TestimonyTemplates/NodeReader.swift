import Yams

/// Walks a YAML node tree, collecting every problem with its line and column.
struct NodeReader {
    let file: String
    private(set) var problems: [TemplateProblem] = []

    init(file: String) {
        self.file = file
    }

    mutating func fail(_ node: Node?, _ message: String) {
        let mark = node?.mark
        problems.append(TemplateProblem(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1, message: message))
    }

    /// The node as a mapping, or a problem.
    mutating func mapping(_ node: Node?, _ what: String) -> Node.Mapping? {
        guard let node else { return nil }
        guard case .mapping(let m) = node else {
            fail(node, "\(what) must be a mapping (key: value)")
            return nil
        }
        return m
    }

    /// The node as a sequence, or a problem.
    mutating func sequence(_ node: Node?, _ what: String) -> [Node]? {
        guard let node else { return nil }
        guard case .sequence(let s) = node else {
            fail(node, "\(what) must be a list")
            return nil
        }
        return Array(s)
    }

    /// Reports keys that are not in `allowed` (typos such as `publishabel`).
    mutating func checkKeys(_ map: Node.Mapping, allowed: Set<String>, in what: String) {
        for (key, _) in map {
            let name = key.string ?? ""
            if !allowed.contains(name) {
                let hint = allowed.sorted().joined(separator: ", ")
                fail(key, "unknown key '\(name)' in \(what) (expected one of: \(hint))")
            }
        }
    }

    /// A required value, or a problem pointing at the owning mapping.
    mutating func require(_ map: Node.Mapping, _ key: String, owner: Node, in what: String) -> Node? {
        if let value = map[key] { return value }
        fail(owner, "\(what) is missing '\(key)'")
        return nil
    }

    mutating func string(_ node: Node?, _ what: String) -> String? {
        guard let node else { return nil }
        guard case .scalar(let s) = node, !s.string.isEmpty else {
            fail(node, "\(what) must be a non-empty text")
            return nil
        }
        return s.string
    }

    mutating func int(_ node: Node?, _ what: String) -> Int? {
        guard let node else { return nil }
        guard case .scalar(let s) = node, let value = Int(s.string) else {
            fail(node, "\(what) must be a whole number")
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node?, _ what: String) -> Bool? {
        guard let node else { return nil }
        guard case .scalar(let s) = node, ["true", "false"].contains(s.string) else {
            fail(node, "\(what) must be true or false")
            return nil
        }
        return s.string == "true"
    }

    /// An identifier matching `[a-z0-9_]+` (or with `-` when `allowDash`).
    mutating func identifier(_ node: Node?, _ what: String, allowDash: Bool = false) -> String? {
        guard let value = string(node, what) else { return nil }
        let ok = value.unicodeScalars.allSatisfy { c in
            ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || (allowDash && c == "-")
        }
        if !ok {
            fail(node, "\(what) '\(value)' may only contain a-z, 0-9, _\(allowDash ? " and -" : "")")
            return nil
        }
        return value
    }

    /// A mapping of language → text that must cover every language of the template.
    mutating func localized(_ node: Node?, _ what: String, languages: [String]) -> LocalizedText? {
        guard let node, let map = mapping(node, what) else { return nil }
        var values: [String: String] = [:]
        for (key, value) in map {
            guard let lang = key.string else { continue }
            if !languages.contains(lang) {
                fail(key, "\(what) has language '\(lang)', which is not in the template's languages")
                continue
            }
            if let text = string(value, "\(what) (\(lang))") { values[lang] = text }
        }
        for lang in languages where values[lang] == nil && map[lang] == nil {
            fail(node, "\(what) has no '\(lang)' text")
        }
        return LocalizedText(values)
    }
}
