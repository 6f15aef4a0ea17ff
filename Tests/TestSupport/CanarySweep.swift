public import Foundation

/// Greps files for a canary in UTF-8 and UTF-16 (LE and BE), the way LEAK-01 asks.
public enum CanarySweep {
    /// Every file under `roots` whose bytes contain `canary` in any of the encodings.
    public static func files(containing canary: String, under roots: [URL]) -> [String] {
        let needles = encodings(of: canary)
        return files(under: roots) { data in needles.contains { data.range(of: $0) != nil } }
    }

    /// Every file under `roots` whose bytes contain `bytes` (keys, wrapped keys: CRY-15).
    public static func files(containingBytes bytes: Data, under roots: [URL]) -> [String] {
        files(under: roots) { $0.range(of: bytes) != nil }
    }

    /// Every regular file under `roots` (or a root that is itself a file) whose bytes match.
    static func files(under roots: [URL], matching: (Data) -> Bool) -> [String] {
        var hits: [String] = []
        for root in roots {
            if let data = try? Data(contentsOf: root), matching(data) { hits.append(root.path) }
            guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else {
                continue
            }
            for case let url as URL in walker {
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                    let data = try? Data(contentsOf: url)
                else { continue }
                if matching(data) { hits.append(url.path) }
            }
        }
        return hits
    }

    /// Whether `text` contains the canary in any encoding.
    public static func contains(_ text: String, canary: String) -> Bool {
        let data = Data(text.utf8)
        return encodings(of: canary).contains { data.range(of: $0) != nil }
    }

    static func encodings(of canary: String) -> [Data] {
        [canary.data(using: .utf8), canary.data(using: .utf16LittleEndian), canary.data(using: .utf16BigEndian)].compactMap { $0 }
    }
}
