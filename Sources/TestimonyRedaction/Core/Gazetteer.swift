import Foundation

/// Name and place lists from open data (Resources/gazetteer, see LICENSES.md there), loaded once.
public struct Gazetteer: Sendable {
    public var firstNames: Set<String>
    public var lastNames: Set<String>
    public var places: Set<String>
    /// Country names: never redacted (they identify no one on their own).
    public var countries: Set<String>
    /// Platform names (Snapchat, Discord, …): never redacted.
    public var platforms: Set<String>
    /// Names that are also ordinary words (anna, tuuli, will, may): need capitalisation mid-sentence.
    public var commonWords: Set<String>
    /// Capitalised ordinary words (months, weekdays, languages, roles): never a name on their own.
    public var capitalisedCommon: Set<String>
    /// Finnish municipality (lowercase) → region (maakunta).
    public var regions: [String: String]

    /// Everything from the bundled resources.
    public static let shared = Gazetteer.load()

    static func load() -> Gazetteer {
        let dir = [Bundle.module.bundleURL, Bundle.module.resourceURL].compactMap { $0?.appendingPathComponent("Resources/gazetteer") }
            .first { FileManager.default.fileExists(atPath: $0.path) }
        func lines(_ name: String) -> [String] {
            guard let dir, let text = try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8) else { return [] }
            return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
        func set(_ names: [String]) -> Set<String> {
            Set(names.flatMap(lines).map { $0.lowercased() })
        }
        var regions: [String: String] = [:]
        for line in lines("fi_municipality_region.tsv") {
            let parts = line.split(separator: "\t")
            if parts.count == 2 { regions[parts[0].lowercased()] = String(parts[1]) }
        }
        let langs = ["fi", "sv", "en"]
        return Gazetteer(
            firstNames: set(langs.map { "first_names_\($0).txt" }), lastNames: set(langs.map { "last_names_\($0).txt" }),
            places: set(langs.map { "places_\($0).txt" }), countries: set(["countries.txt"]).union(CommonWords.countries),
            platforms: set(["platforms.txt"]).union(CommonWords.platforms),
            commonWords: set(langs.map { "common_words_\($0).txt" }).union(CommonWords.nameLikeWords),
            capitalisedCommon: CommonWords.capitalised, regions: regions)
    }

    /// Countries, platforms and capitalised common words, also inflected ("Snapchatissa", "Ruotsiin").
    public func isTrap(_ lower: String) -> Bool {
        if countries.contains(lower) || platforms.contains(lower) || capitalisedCommon.contains(lower) { return true }
        guard lower.count >= 5 else { return false }
        for length in stride(from: min(lower.count - 1, 12), through: 4, by: -1) {
            let prefix = String(lower.prefix(length))
            if platforms.contains(prefix) || countries.contains(prefix) { return lower.count - length <= 5 }
        }
        return false
    }
}
