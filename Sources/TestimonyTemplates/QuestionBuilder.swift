import Yams

/// Builds one `Question`, checking kind-specific rules.
enum QuestionBuilder {
    static let keys: Set<String> = [
        "id", "kind", "label", "help", "identifying", "publishable", "options", "scale", "bands", "themes",
    ]

    static func build(_ node: Node, languages: [String], reader r: inout NodeReader) -> Question? {
        guard let m = r.mapping(node, "a question") else { return nil }
        r.checkKeys(m, allowed: keys, in: "a question")
        let id = r.identifier(r.require(m, "id", owner: node, in: "a question"), "question id")
        let what = "question \(id ?? "?")"
        var kind: QuestionKind?
        if let kindNode = r.require(m, "kind", owner: node, in: what), let raw = r.string(kindNode, "kind") {
            kind = QuestionKind(rawValue: raw)
            if kind == nil {
                let all = QuestionKind.allCases.map(\.rawValue).joined(separator: ", ")
                r.fail(kindNode, "\(what): unknown kind '\(raw)' (expected one of: \(all))")
            }
        }
        let label = r.localized(r.require(m, "label", owner: node, in: what), "\(what) label", languages: languages)
        let help = r.localized(m["help"], "\(what) help", languages: languages)
        var identifying: IdentifyingLevel?
        if let n = r.require(m, "identifying", owner: node, in: what), let raw = r.string(n, "identifying") {
            identifying = IdentifyingLevel(rawValue: raw)
            if identifying == nil { r.fail(n, "\(what): identifying must be direct, quasi or none") }
        }
        let publishable = r.bool(r.require(m, "publishable", owner: node, in: what), "publishable")
        if identifying == .direct, publishable == true {
            r.fail(m["publishable"], "\(what): a direct identifier can never be publishable")
        }

        var options: [ChoiceOption] = []
        var scale: ScaleSpec?
        var bands: [NumberBand] = []
        switch kind {
        case .singleChoice, .multiChoice:
            options = parseOptions(r.require(m, "options", owner: node, in: what), what: what, languages: languages, reader: &r)
        case .scale:
            scale = parseScale(r.require(m, "scale", owner: node, in: what), what: what, languages: languages, reader: &r)
        case .numberBand:
            bands = parseBands(r.require(m, "bands", owner: node, in: what), what: what, languages: languages, reader: &r)
        default:
            for extra in ["options", "scale", "bands"] where m[extra] != nil {
                r.fail(m[extra], "\(what): '\(extra)' does not apply to kind \(kind?.rawValue ?? "?")")
            }
        }
        var themes: [String] = []
        for item in r.sequence(m["themes"], "\(what) themes") ?? [] {
            if let theme = r.identifier(item, "a theme") { themes.append(theme) }
        }
        guard let id, let kind, let label, let identifying, let publishable else { return nil }
        return Question(
            id: id, kind: kind, label: label, help: help, identifying: identifying, publishable: publishable,
            options: options, scale: scale, bands: bands, themes: themes)
    }

    static func parseOptions(_ node: Node?, what: String, languages: [String], reader r: inout NodeReader) -> [ChoiceOption] {
        guard let items = r.sequence(node, "\(what) options") else { return [] }
        if items.count < 2 { r.fail(node, "\(what): a choice needs at least two options") }
        var options: [ChoiceOption] = []
        for item in items {
            guard let m = r.mapping(item, "an option") else { continue }
            r.checkKeys(m, allowed: ["code", "label"], in: "an option")
            let code = r.identifier(r.require(m, "code", owner: item, in: "an option of \(what)"), "option code")
            let label = r.localized(r.require(m, "label", owner: item, in: "option \(code ?? "?")"), "option \(code ?? "?") label", languages: languages)
            guard let code, let label else { continue }
            if options.contains(where: { $0.code == code }) { r.fail(item, "\(what): option code '\(code)' is used twice") }
            options.append(ChoiceOption(code: code, label: label))
        }
        return options
    }

    static func parseScale(_ node: Node?, what: String, languages: [String], reader r: inout NodeReader) -> ScaleSpec? {
        guard let node, let m = r.mapping(node, "\(what) scale") else { return nil }
        r.checkKeys(m, allowed: ["min", "max", "min_label", "max_label"], in: "a scale")
        let min = r.int(r.require(m, "min", owner: node, in: "scale"), "scale min")
        let max = r.int(r.require(m, "max", owner: node, in: "scale"), "scale max")
        let minLabel = r.localized(m["min_label"], "scale min_label", languages: languages)
        let maxLabel = r.localized(m["max_label"], "scale max_label", languages: languages)
        guard let min, let max else { return nil }
        if min >= max { r.fail(node, "\(what): scale min (\(min)) must be below max (\(max))") }
        return ScaleSpec(min: min, max: max, minLabel: minLabel, maxLabel: maxLabel)
    }

    static func parseBands(_ node: Node?, what: String, languages: [String], reader r: inout NodeReader) -> [NumberBand] {
        guard let items = r.sequence(node, "\(what) bands") else { return [] }
        if items.count < 2 { r.fail(node, "\(what): number_band needs at least two bands") }
        var bands: [NumberBand] = []
        for item in items {
            guard let m = r.mapping(item, "a band") else { continue }
            r.checkKeys(m, allowed: ["code", "min", "max", "label"], in: "a band")
            let code = r.string(r.require(m, "code", owner: item, in: "a band of \(what)"), "band code")
            let min = r.int(r.require(m, "min", owner: item, in: "band \(code ?? "?")"), "band min")
            let max = r.int(m["max"], "band max")
            let label = r.localized(m["label"], "band \(code ?? "?") label", languages: languages)
            guard let code, let min else { continue }
            if let max, max < min { r.fail(item, "\(what): band '\(code)' has max below min") }
            let band = NumberBand(code: code, min: min, max: max, label: label)
            if bands.contains(where: { $0.code == code }) { r.fail(item, "\(what): band code '\(code)' is used twice") }
            if let clash = bands.first(where: { overlaps($0, band) }) {
                r.fail(item, "\(what): band '\(code)' overlaps band '\(clash.code)'")
            }
            bands.append(band)
        }
        return bands
    }

    static func overlaps(_ a: NumberBand, _ b: NumberBand) -> Bool {
        let aMax = a.max ?? Int.max
        let bMax = b.max ?? Int.max
        return a.min <= bMax && b.min <= aMax
    }
}
