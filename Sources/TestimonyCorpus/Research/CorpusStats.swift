public import Foundation

/// `testimony corpus stats`: distributions of the coded answers in `responses.csv`, or cross-tabs
/// against one question (`by`), with codebook labels and small-cell suppression (see
/// `docs/research.md`). Streams the file one response at a time.
public enum CorpusStats {
    /// Computes the statistics of a release. `questions` empty means every question in the
    /// responses (codebook order); `by` gives one cross-tab per question instead of distributions.
    public static func compute(
        directory: URL, questions: [String] = [], by: String? = nil, language: String = "en"
    ) throws(CorpusResearchError) -> StatsResult {
        guard ["en", "fi", "sv"].contains(language) else { throw .invalidOption("language must be en, fi or sv") }
        if let by, questions.contains(by) { throw .invalidOption("--by \(by) is also one of the questions; pick another") }
        let release = try ReleaseDirectory(directory)
        let codebook = try release.codebook()
        let index = CodebookIndex(codebook, language: language)
        let reader = try release.responses()
        var tally = StatsTally(by: by)
        while let rows = try reader.nextResponse() {
            tally.add(rows)
        }
        let observed = Set(tally.codes.keys)
        for id in questions + [by].compactMap({ $0 }) where index.question(id) == nil && !observed.contains(id) {
            throw .unknownQuestion(id)
        }
        let listed = index.questions.map(\.id).filter { observed.contains($0) }
        let ordered = listed + observed.subtracting(listed).sorted()
        let chosen = questions.isEmpty ? ordered : questions
        let responses = tally.responses
        var result = StatsResult(
            release: codebook.release, language: language,
            responses: (1..<SmallCellSuppression.threshold).contains(responses) ? .small : .count(responses),
            distributions: [], crossTabs: [])
        if let by {
            result.crossTabs = chosen.filter { $0 != by }.map { crossTab($0, by: by, tally: tally, index: index) }
        } else {
            result.distributions = chosen.map { distribution($0, tally: tally, index: index) }
        }
        return result
    }

    static func distribution(_ question: String, tally: StatsTally, index: CodebookIndex) -> StatsDistribution {
        let counted = tally.codes[question] ?? [:]
        let categories = index.categories(question, observed: counted.keys)
        let counts = categories.map { counted[$0.code] ?? 0 } + [tally.answered[question] ?? 0]
        let total = counts.count - 1
        let relations = Array(counts[..<total]).reduce(0, +) == counts[total]
            ? [SmallCellSuppression.Relation(cells: Array(0..<total), total: total)] : []
        let values = SmallCellSuppression(
            counts: counts, relations: relations, isTotal: counts.indices.map { $0 == total }, cap: tally.responses
        ).apply()
        return StatsDistribution(
            question: question, label: index.questionLabel(question), categories: categories,
            counts: Array(values[..<total]), total: values[total])
    }

    static func crossTab(_ question: String, by: String, tally: StatsTally, index: CodebookIndex) -> StatsCrossTab {
        let pairs = tally.pairs[question] ?? [:]
        let rowTotals = tally.rowTotals[question] ?? [:]
        let columnTotals = tally.columnTotals[question] ?? [:]
        let rows = index.categories(question, observed: (tally.codes[question] ?? [:]).keys)
        let columns = index.categories(by, observed: (tally.codes[by] ?? [:]).keys)
        let (r, c) = (rows.count, columns.count)
        // Layout: cells row-major, then row totals, then column totals, then the grand total.
        func cell(_ i: Int, _ j: Int) -> Int { i * c + j }
        func rowTotal(_ i: Int) -> Int { r * c + i }
        func columnTotal(_ j: Int) -> Int { r * c + r + j }
        let grand = r * c + r + c
        var counts = [Int](repeating: 0, count: grand + 1)
        for (i, row) in rows.enumerated() {
            for (j, column) in columns.enumerated() {
                counts[cell(i, j)] = pairs[StatsTally.Pair(row: row.code, column: column.code)] ?? 0
            }
            counts[rowTotal(i)] = rowTotals[row.code] ?? 0
        }
        for (j, column) in columns.enumerated() { counts[columnTotal(j)] = columnTotals[column.code] ?? 0 }
        counts[grand] = tally.both[question] ?? 0
        var relations: [SmallCellSuppression.Relation] = []
        func relate(_ cells: [Int], _ total: Int) {
            if cells.map({ counts[$0] }).reduce(0, +) == counts[total] { relations.append(.init(cells: cells, total: total)) }
        }
        for i in 0..<r { relate((0..<c).map { cell(i, $0) }, rowTotal(i)) }
        for j in 0..<c { relate((0..<r).map { cell($0, j) }, columnTotal(j)) }
        relate((0..<r).map(rowTotal), grand)
        relate((0..<c).map(columnTotal), grand)
        let values = SmallCellSuppression(
            counts: counts, relations: relations, isTotal: counts.indices.map { $0 >= r * c }, cap: tally.responses
        ).apply()
        return StatsCrossTab(
            question: question, label: index.questionLabel(question), by: by, byLabel: index.questionLabel(by),
            rows: rows, columns: columns,
            cells: (0..<r).map { i in (0..<c).map { values[cell(i, $0)] } },
            rowTotals: (0..<r).map { values[rowTotal($0)] }, columnTotals: (0..<c).map { values[columnTotal($0)] },
            total: values[grand])
    }
}
