import Foundation

/// RFC 4180 field quoting for the CSV writers.
enum CSVField {
    /// The field as written: quoted when it holds a comma, a quote, a line break or starts or
    /// ends with a space; quotes inside are doubled.
    static func escape(_ field: String) -> String {
        let needsQuotes = field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
            || field.first == " " || field.last == " "
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}
