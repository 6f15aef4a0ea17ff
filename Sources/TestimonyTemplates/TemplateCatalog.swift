public import Foundation

/// The templates found in one directory (`*.yaml`, `*.yml`).
public struct TemplateCatalog: Sendable {
    /// The directory the templates came from.
    public let directory: URL
    /// Templates by id.
    public let templates: [String: Template]
    /// Source file of each template id.
    public let files: [String: String]

    /// Loads and validates every template in `directory`. One invalid file fails the whole load,
    /// with that file's problems, so a broken template is never silently skipped.
    public static func load(from directory: URL) throws(TemplateError) -> TemplateCatalog {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw .unreadable(path: directory.path)
        }
        var templates: [String: Template] = [:]
        var files: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let url = directory.appendingPathComponent(name)
            let template = try TemplateParser.parse(contentsOf: url)
            if let other = files[template.id] {
                throw .duplicateTemplate(id: template.id, files: [other, url.path])
            }
            templates[template.id] = template
            files[template.id] = url.path
        }
        return TemplateCatalog(directory: directory, templates: templates, files: files)
    }

    /// The template with this id, or an error listing the ids that exist.
    public func template(_ id: String) throws(TemplateError) -> Template {
        guard let template = templates[id] else { throw .unknownTemplate(id: id, available: ids) }
        return template
    }

    /// Template ids, sorted.
    public var ids: [String] { templates.keys.sorted() }

    /// Finds the templates directory: `explicit`, else `$TESTIMONY_TEMPLATES`, else `./Templates`,
    /// else `Templates/` beside the package that built the running binary, else the installed share dir.
    public static func locate(explicit: String?, environment: [String: String], executable: URL?) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit) }
        if let env = environment["TESTIMONY_TEMPLATES"], !env.isEmpty { return URL(fileURLWithPath: env) }
        var candidates = [URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Templates")]
        if let exe = executable?.resolvingSymlinksInPath().deletingLastPathComponent() {
            // .build/<triple>/debug/testimony → package root
            var dir = exe
            for _ in 0..<4 {
                dir = dir.deletingLastPathComponent()
                candidates.append(dir.appendingPathComponent("Templates"))
            }
            candidates.append(exe.deletingLastPathComponent().appendingPathComponent("share/testimony/Templates"))
        }
        var isDir: ObjCBool = false
        return candidates.first { FileManager.default.fileExists(atPath: $0.path, isDirectory: &isDir) && isDir.boolValue }
            ?? candidates[0]
    }
}
