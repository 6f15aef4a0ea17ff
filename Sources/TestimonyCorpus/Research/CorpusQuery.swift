public import Foundation

/// `testimony corpus query`: streams `excerpts.jsonl`, keeps the excerpts a `CorpusFilter`
/// accepts, and writes them in one format. Memory stays flat whatever the file size: one line is
/// decoded, tested and written at a time.
public enum CorpusQuery {
    public enum Format: String, Sendable, CaseIterable {
        /// The `ReleasedExcerpt` line, keys sorted.
        case jsonl
        /// RFC 4180 with a header: excerpt_id, template, question, language, themes (`;`),
        /// quotable, metadata (`k=v;…`, keys sorted), text.
        case csv
        /// Aligned columns for people; the text is cut to the width with `…`.
        case table
        /// Nothing per excerpt; the number of matches on one line at the end.
        case count
    }

    /// Queries the release in `directory` and writes the matches to `output`; returns how many
    /// matched (at most `limit`). `width` is the table width in columns.
    @discardableResult
    public static func run(
        directory: URL, filter: CorpusFilter, format: Format, limit: Int? = nil, width: Int = 100,
        output: inout some TextOutputStream
    ) throws(CorpusResearchError) -> Int {
        let release = try ReleaseDirectory(directory)
        return try run(release: release, filter: filter, format: format, limit: limit, width: width, output: &output)
    }

    /// As `run(directory:…)`, over an already opened release directory.
    @discardableResult
    public static func run(
        release: ReleaseDirectory, filter: CorpusFilter, format: Format, limit: Int? = nil, width: Int = 100,
        output: inout some TextOutputStream
    ) throws(CorpusResearchError) -> Int {
        if let limit, limit < 0 { throw .invalidOption("--limit must be 0 or more") }
        let reader = try release.excerpts()
        let writer = ExcerptWriter(format: format, width: width)
        let needles = filter.foldedTerms
        writer.writeHeader(to: &output)
        var count = 0
        while limit.map({ count < $0 }) ?? true, let excerpt = try reader.next() {
            guard filter.matchesFields(excerpt), filter.matchesText(excerpt.text, folded: needles) else { continue }
            count += 1
            writer.write(excerpt, to: &output)
        }
        if format == .count { output.write("\(count)\n") }
        return count
    }
}
