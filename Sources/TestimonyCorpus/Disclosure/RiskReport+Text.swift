extension RiskReport {
    /// Plain text for `publish --dry-run`: the levels, one line per class (values, size, new and
    /// held candidates, distinct sensitive values) and the reasons candidates are held. Candidate
    /// ids appear; published record ids never do.
    public func rendered() -> String {
        var lines: [String] = []
        lines.append("Disclosure check for \(template): k=\(k), ℓ=\(l)")
        let levelText = quasi.map { "\($0) \(levels[$0] ?? 0)" }.joined(separator: ", ")
        if levels == previousLevels {
            lines.append("Levels: \(levelText.isEmpty ? "none" : levelText)")
        } else {
            let before = quasi.map { "\($0) \(previousLevels[$0] ?? 0)" }.joined(separator: ", ")
            lines.append("Levels: \(levelText) (raised from \(before))")
        }
        let published = classes.reduce(0) { $0 + $1.publishedCount }
        let new = classes.reduce(0) { $0 + $1.newIDs.count }
        lines.append("Classes: \(classes.count); published records \(published), publishing now \(new), held back \(reasons.count)")
        let header = ["size", "new", "held"] + quasi + sensitive.map { "distinct \($0)" } + ["status"]
        var rows: [[String]] = [header]
        for risk in classes {
            var row = [String(risk.size), String(risk.newIDs.count), String(risk.heldIDs.count)]
            row += quasi.map { risk.values[$0] ?? "(missing)" }
            row += sensitive.map { String(risk.distinct[$0] ?? 0) }
            row.append(risk.size == 0 ? "held only" : risk.passes ? "ok" : "FAILS")
            rows.append(row)
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            let cells = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            lines.append("  " + cells.joined(separator: "  ").trimmingTrailingSpaces())
        }
        let publishing = classes.flatMap(\.newIDs).sorted()
        if !publishing.isEmpty { lines.append("Publishing: " + publishing.joined(separator: ", ")) }
        if !reasons.isEmpty {
            lines.append("Held back:")
            for (id, reason) in reasons.sorted(by: { $0.key < $1.key }) { lines.append("  \(id): \(reason)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
