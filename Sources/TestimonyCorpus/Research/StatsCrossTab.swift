/// One question (rows) against another (columns), joined by response, after small-cell
/// suppression over cells, row totals, column totals and the grand total together.
public struct StatsCrossTab: Sendable, Equatable, Codable {
    public var question: String
    public var label: String
    public var by: String
    public var byLabel: String
    public var rows: [StatsCategory]
    public var columns: [StatsCategory]
    /// `cells[row][column]`: distinct responses with both codes.
    public var cells: [[StatsValue]]
    /// Distinct responses with the row's code that also answered `by`.
    public var rowTotals: [StatsValue]
    /// Distinct responses with the column's code that also answered `question`.
    public var columnTotals: [StatsValue]
    /// Distinct responses that answered both.
    public var total: StatsValue

    public init(
        question: String, label: String, by: String, byLabel: String, rows: [StatsCategory], columns: [StatsCategory],
        cells: [[StatsValue]], rowTotals: [StatsValue], columnTotals: [StatsValue], total: StatsValue
    ) {
        self.question = question
        self.label = label
        self.by = by
        self.byLabel = byLabel
        self.rows = rows
        self.columns = columns
        self.cells = cells
        self.rowTotals = rowTotals
        self.columnTotals = columnTotals
        self.total = total
    }

    /// Percentage of the row total for one cell, only when both are shown.
    public func rowPercent(_ row: Int, _ column: Int) -> Double? {
        guard let count = cells[row][column].shownCount, let total = rowTotals[row].shownCount, total > 0 else { return nil }
        return Double(count) * 100 / Double(total)
    }
}
