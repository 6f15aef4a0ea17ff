public import Foundation

/// `testimony corpus report`: one self-contained HTML page (`report.html`) about a release:
/// counts, a bar chart (inline SVG) and a table per coded question, and how to read them. No
/// script, no external resource of any kind, inline CSS only, every text escaped, no excerpt
/// text. The same release always gives the same bytes.
public enum CorpusReport {
    /// The report page for the release in `directory`, labels in `language` (en, fi, sv).
    public static func render(directory: URL, language: String = "en") throws(CorpusResearchError) -> String {
        let release = try ReleaseDirectory(directory)
        let stats = try CorpusStats.compute(directory: directory, language: language)
        let excerpts = try release.excerpts()
        var excerptCount = 0
        while try excerpts.nextLine() != nil { excerptCount += 1 }
        let tombstones = try release.tombstoneCount()
        return page(stats: stats, excerpts: excerptCount, tombstones: tombstones)
    }

    /// Writes the page to `file` (normally `report.html`).
    public static func write(directory: URL, language: String = "en", to file: URL) throws(CorpusResearchError) {
        let html = try render(directory: directory, language: language)
        do {
            try Data(html.utf8).write(to: file, options: .atomic)
        } catch {
            throw .unwritable(file: file.path)
        }
    }

    static let style = """
        body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222;line-height:1.45}
        h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2.2rem;border-bottom:1px solid #ccc}
        .code{color:#666;font-weight:normal;font-size:.9em}
        table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{padding:.15rem .6rem;border-bottom:1px solid #eee;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums}
        .guide{background:#f6f6f2;padding:.6rem 1.2rem;border-radius:.4rem}
        svg text{font-size:12px;fill:#222}svg .bar{fill:#4a6fa5}svg .suppressed{stroke:#777}
        """

    static func page(stats: StatsResult, excerpts: Int, tombstones: Int?) -> String {
        let title = "Testimony corpus release \(stats.release)"
        var html = """
            <!DOCTYPE html>
            <html lang="\(HTMLText.escape(stats.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTMLText.escape(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <h1>\(HTMLText.escape(title))</h1>
            <p>Release <strong>\(HTMLText.escape(stats.release))</strong> · \(excerpts) excerpts · \
            \(HTMLText.escape(stats.responses.description)) survey responses\
            \(tombstones.map { " · \($0) withdrawn items (tombstones)" } ?? "")</p>

            """
        html += guide
        for (number, distribution) in stats.distributions.enumerated() {
            html += section(distribution, number: number)
        }
        html += "</body>\n</html>\n"
        return html
    }

    static let guide = """
        <section class="guide">
        <h2>How to read this report</h2>
        <p>Each chart shows, for one coded question, how many distinct survey responses gave each \
        answer. A multi-choice question counts a response once for every answer it chose, so its \
        bars can add up to more than the number who answered.</p>
        <h3>Small-cell suppression</h3>
        <p>A count from 1 to 4 is not shown: it reads <strong>&lt;5</strong>. So that it cannot be \
        worked out by subtracting the other figures from a total, one or more larger counts may be \
        hidden too; they read <strong>x</strong> (5 or more). Suppressed cells are drawn as grey \
        hatched markers of one fixed length that says nothing about their size, and have no \
        percentage. Totals below 5 are suppressed as well. A count of 0 is shown as 0.</p>
        <h3>Anonymisation</h3>
        <p>Answers that could identify someone (age, region, gender and the like) are published only \
        in generalised bands, and only when enough responses share them. Response ids are random \
        and unrelated to excerpt ids.</p>
        <h3>Provenance</h3>
        <p>Every excerpt in this release is a redacted derivative, not a verbatim statement: names, \
        places and other identifying details were replaced with placeholders and the survivor \
        approved the result. This page contains no excerpt text, only counts.</p>
        </section>

        """
}
