import Foundation

extension CorpusReport {
    /// Chart geometry. Suppressed cells get a marker of `markerWidth` whatever their size.
    static let labelWidth = 230
    static let barArea = 330
    static let rowHeight = 22
    static let markerWidth = 24
    static let chartWidth = labelWidth + barArea + 70

    static func section(_ distribution: StatsDistribution, number: Int) -> String {
        var html = "<section>\n<h2>\(HTMLText.escape(distribution.label)) "
            + "<span class=\"code\">\(HTMLText.escape(distribution.question))</span></h2>\n"
        html += "<p>Answered: \(HTMLText.escape(distribution.total.description))</p>\n"
        html += chart(distribution, number: number)
        html += table(distribution)
        return html + "</section>\n"
    }

    static func chart(_ d: StatsDistribution, number: Int) -> String {
        let largest = d.counts.compactMap(\.shownCount).max() ?? 0
        let height = d.categories.count * rowHeight + 8
        let pattern = "hatch-\(number)"
        var svg = "<svg class=\"chart\" width=\"\(chartWidth)\" height=\"\(height)\" "
            + "viewBox=\"0 0 \(chartWidth) \(height)\" role=\"img\" "
            + "aria-label=\"\(HTMLText.escape("Bar chart: " + d.label))\">\n"
        svg += "<defs><pattern id=\"\(pattern)\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
            + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ddd\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#888\" stroke-width=\"2\"/></pattern></defs>\n"
        for (i, category) in d.categories.enumerated() {
            let y = 4 + i * rowHeight
            let textY = y + 15
            let label = category.label.count > 34 ? String(category.label.prefix(33)) + "…" : category.label
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(textY)\" text-anchor=\"end\">\(HTMLText.escape(label))</text>\n"
            let value = d.counts[i]
            switch value {
            case .count(let count):
                let length = largest > 0 ? Int((Double(count) / Double(largest) * Double(barArea)).rounded()) : 0
                if length > 0 {
                    svg += "<rect class=\"bar\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"\(rowHeight - 6)\"/>\n"
                }
                svg += "<text x=\"\(labelWidth + length + 6)\" y=\"\(textY)\">\(count)</text>\n"
            case .small, .complementary, .withheld:
                svg += "<rect class=\"suppressed\" x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(markerWidth)\" "
                    + "height=\"\(rowHeight - 6)\" fill=\"url(#\(pattern))\"/>\n"
                svg += "<text x=\"\(labelWidth + markerWidth + 6)\" y=\"\(textY)\">\(HTMLText.escape(value.description))</text>\n"
            }
        }
        return svg + "</svg>\n"
    }

    static func table(_ d: StatsDistribution) -> String {
        var html = "<table>\n<thead><tr><th>Code</th><th>Answer</th><th>Count</th><th>%</th></tr></thead>\n<tbody>\n"
        for (i, category) in d.categories.enumerated() {
            html += "<tr><td>\(HTMLText.escape(category.code))</td><td>\(HTMLText.escape(category.label))</td>"
                + "<td class=\"n\">\(HTMLText.escape(d.counts[i].description))</td>"
                + "<td class=\"n\">\(StatsResult.percentText(d.percent(i)))</td></tr>\n"
        }
        html += "<tr><th colspan=\"2\">Answered</th><td class=\"n\">\(HTMLText.escape(d.total.description))</td><td></td></tr>\n"
        return html + "</tbody>\n</table>\n"
    }
}
