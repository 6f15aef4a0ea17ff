import Foundation

/// Writes matched excerpts in one `CorpusQuery.Format`, one at a time.
final class ExcerptWriter {
    let format: CorpusQuery.Format
    let width: Int
    private var encoder = ExcerptLineEncoder()

    static let csvHeader = ["excerpt_id", "template", "question", "language", "themes", "quotable", "metadata", "text"]

    init(format: CorpusQuery.Format, width: Int) {
        self.format = format
        self.width = max(width, 40)
    }

    func writeHeader(to output: inout some TextOutputStream) {
        switch format {
        case .csv: output.write(CSVField.line(Self.csvHeader))
        case .table: output.write(tableRow(["EXCERPT", "QUESTION", "LANG", "THEMES", "TEXT"]))
        case .jsonl, .count: break
        }
    }

    func write(_ excerpt: ReleasedExcerpt, to output: inout some TextOutputStream) {
        switch format {
        case .jsonl:
            // The same bytes JSONEncoder writes (sorted keys, slashes unescaped).
            var line = encoder.encode(excerpt)
            line.append(0x0A)
            output.write(String(decoding: line, as: UTF8.self))
        case .csv:
            output.write(CSVField.line(Self.csvFields(excerpt)))
        case .table:
            output.write(tableRow([
                excerpt.excerptID, excerpt.question, excerpt.language, excerpt.themes.joined(separator: ";"), excerpt.text,
            ]))
        case .count:
            break
        }
    }

    static func csvFields(_ excerpt: ReleasedExcerpt) -> [String] {
        [
            excerpt.excerptID, excerpt.template, excerpt.question, excerpt.language, excerpt.themes.joined(separator: ";"),
            excerpt.quotable ? "true" : "false",
            excerpt.metadata.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";"),
            excerpt.text,
        ]
    }

    /// Fixed column widths, so that rows line up while streaming; the last column takes the rest.
    static let columnWidths = [23, 18, 4, 18]

    func tableRow(_ cells: [String]) -> String {
        var row = ""
        for (cell, columnWidth) in zip(cells, Self.columnWidths) {
            row += Self.fit(Self.printable(cell), columnWidth, pad: true) + "  "
        }
        let rest = width - Self.columnWidths.reduce(0) { $0 + $1 + 2 }
        row += Self.fit(Self.printable(cells.last ?? ""), rest, pad: false)
        return row + "\n"
    }

    /// Line breaks and tabs become spaces and other control characters (terminal escapes) U+FFFD.
    static func printable(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                if !lastWasSpace { result.append(" ") }
                lastWasSpace = true
                continue
            }
            lastWasSpace = false
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: result.append("\u{FFFD}")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Cuts `text` to `width` characters with a final `…`, padding with spaces when asked.
    static func fit(_ text: String, _ width: Int, pad: Bool) -> String {
        let count = text.count
        if count > width { return String(text.prefix(max(width - 1, 0))) + "…" }
        return pad ? text + String(repeating: " ", count: width - count) : text
    }
}
