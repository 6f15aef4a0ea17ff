import Foundation

extension StatsResult {
    public enum Format: String, Sendable, CaseIterable {
        case text, csv, json
    }

    /// The result in one format. Suppressed cells read `<5` (1–4) or `x` (complementary);
    /// percentages appear only beside shown counts with a shown total.
    public func rendered(_ format: Format) -> String {
        switch format {
        case .text: renderText()
        case .csv: renderCSV()
        case .json: renderJSON()
        }
    }

    static func percentText(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0) } ?? ""
    }

    func renderJSON() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain values cannot fail.
        let data = (try? encoder.encode(self)) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func renderCSV() -> String {
        var out = CSVField.line(["question", "by", "row_code", "row_label", "column_code", "column_label", "count", "percent"])
        for d in distributions {
            for (i, category) in d.categories.enumerated() {
                out += CSVField.line([
                    d.question, "", category.code, category.label, "", "", d.counts[i].description,
                    d.percent(i).map { String(format: "%.1f", $0) } ?? "",
                ])
            }
            out += CSVField.line([d.question, "", "total", "", "", "", d.total.description, ""])
        }
        for t in crossTabs {
            for (i, row) in t.rows.enumerated() {
                for (j, column) in t.columns.enumerated() {
                    out += CSVField.line([
                        t.question, t.by, row.code, row.label, column.code, column.label, t.cells[i][j].description,
                        t.rowPercent(i, j).map { String(format: "%.1f", $0) } ?? "",
                    ])
                }
                out += CSVField.line([t.question, t.by, row.code, row.label, "total", "", t.rowTotals[i].description, ""])
            }
            for (j, column) in t.columns.enumerated() {
                out += CSVField.line([t.question, t.by, "total", "", column.code, column.label, t.columnTotals[j].description, ""])
            }
            out += CSVField.line([t.question, t.by, "total", "", "total", "", t.total.description, ""])
        }
        return out
    }

    func renderText() -> String {
        var out = "release \(release) · \(responses) responses · labels: \(language)\n"
        out += "<5 = a count from 1 to 4; x = a count of 5 or more hidden so that no <5 can be worked out; "
            + "– = table withheld\n"
        for d in distributions {
            out += "\n\(d.label) (\(d.question)) · answered: \(d.total)\n"
            var rows = [["code", "label", "count", "%"]]
            for (i, category) in d.categories.enumerated() {
                rows.append([category.code, category.label, d.counts[i].description, Self.percentText(d.percent(i))])
            }
            rows.append(["total", "", d.total.description, ""])
            out += Self.aligned(rows, rightAligned: [2, 3])
        }
        for t in crossTabs {
            out += "\n\(t.label) (\(t.question)) × \(t.byLabel) (\(t.by)) · answered both: \(t.total)\n"
            var rows = [[t.question + " \\ " + t.by] + t.columns.map(\.code) + ["total"]]
            for (i, row) in t.rows.enumerated() {
                rows.append([row.code] + t.cells[i].map(\.description) + [t.rowTotals[i].description])
            }
            rows.append(["total"] + t.columnTotals.map(\.description) + [t.total.description])
            out += Self.aligned(rows, rightAligned: Set(1..<(t.columns.count + 2)))
        }
        return out
    }

    /// Columns padded to their widest cell (tables are small: one row per code).
    static func aligned(_ rows: [[String]], rightAligned: Set<Int>) -> String {
        let widths = (0..<(rows.map(\.count).max() ?? 0)).map { column in
            rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
        }
        return rows.map { row in
            "  " + row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? pad + cell : cell + pad
            }.joined(separator: "  ").trimmingWhitespaceAtEnd
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    var trimmingWhitespaceAtEnd: String {
        String(reversed().drop(while: { $0 == " " }).reversed())
    }
}
