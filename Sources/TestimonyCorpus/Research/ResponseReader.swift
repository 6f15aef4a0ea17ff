public import Foundation

/// Streams `responses.csv` (RFC 4180, long format, sorted by `response_id`), row by row or one
/// response at a time. Checks the header and the sort order; errors name the file and line only.
public final class ResponseReader {
    private let csv: CSVReader
    private var pending: ResponseRow?
    private var lastResponse: String?
    private var headerChecked = false

    public init(url: URL) throws(CorpusResearchError) {
        csv = try CSVReader(url: url)
    }

    /// The next row, or nil at the end of the file.
    public func next() throws(CorpusResearchError) -> ResponseRow? {
        if let row = pending {
            pending = nil
            return row
        }
        if !headerChecked {
            headerChecked = true
            guard let header = try csv.next() else { return nil }
            guard header == ResponseRow.header else {
                throw .malformedLine(
                    file: csv.fileName, line: 1, reason: "the header must be \(ResponseRow.header.joined(separator: ","))")
            }
        }
        guard let fields = try csv.next() else { return nil }
        if fields == [""] { return try next() }
        guard fields.count == ResponseRow.header.count else {
            throw .malformedLine(
                file: csv.fileName, line: csv.recordLine,
                reason: "expected \(ResponseRow.header.count) fields, found \(fields.count)")
        }
        guard let version = Int(fields[2]) else {
            throw .malformedLine(file: csv.fileName, line: csv.recordLine, reason: "template_version is not a number")
        }
        if let last = lastResponse, fields[0] != last, fields[0].utf8.lexicographicallyPrecedes(last.utf8) {
            throw .unsorted(file: csv.fileName, line: csv.recordLine)
        }
        lastResponse = fields[0]
        return ResponseRow(
            responseID: fields[0], template: fields[1], templateVersion: version, language: fields[3],
            question: fields[4], code: fields[5])
    }

    /// Every row of the next response (consecutive rows sharing a `response_id`), or nil at the end.
    public func nextResponse() throws(CorpusResearchError) -> [ResponseRow]? {
        guard let first = try next() else { return nil }
        var rows = [first]
        while let row = try next() {
            guard row.responseID == first.responseID else {
                pending = row
                break
            }
            rows.append(row)
        }
        return rows
    }
}
