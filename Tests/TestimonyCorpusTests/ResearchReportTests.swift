import Foundation
import Testing
@testable import TestimonyCorpus
import TestimonyTestSupport

@Suite struct ResearchReportTests {
    static func release() -> ResearchFixture {
        let fixture = ResearchFixture()
        var rows = ResearchFixture.distributionRows("wh_setting", [("home", 12), ("school", 3), ("online", 9)])
        rows += ResearchFixture.distributionRows("im_rare", [("yes", 2), ("no", 30)], prefix: "rs-b")
        fixture.writeResponses(rows)
        fixture.writeExcerpts([
            ResearchFixture.excerpt("ex-1", text: "EXCERPT-CANARY we moved to [PLACE 1]."),
            ResearchFixture.excerpt("ex-2", text: "School got better after that."),
        ])
        fixture.writeRaw("tombstones.jsonl", #"{"id":"ex-0","kind":"excerpt","release":"r0001"}"# + "\n")
        var setting = ResearchFixture.question("wh_setting", label: #"Setting <b>&"quoted"</b>"#, codes: ["home", "school", "online"])
        setting.codes[0].label.en = "<script>alert(1)</script> & home"
        fixture.writeCodebook([setting, ResearchFixture.question("im_rare", kind: "yes_no", codes: ["yes", "no"])], release: "r0007")
        return fixture
    }

    @Test func reportIsSelfContainedEscapedAndDeterministic() throws {
        let fixture = Self.release()
        let html = try CorpusReport.render(directory: fixture.url)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<title>Testimony corpus release r0007</title>"))
        #expect(html.contains("2 excerpts"))
        #expect(html.contains("56 survey responses"))
        #expect(html.contains("1 withdrawn items"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("//"))
        #expect(!html.contains("@import") && !html.contains("<link") && !html.contains("<img") && !html.contains("src="))
        #expect(html.contains("Setting &lt;b&gt;&amp;&quot;quoted&quot;&lt;/b&gt;"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; home"))
        #expect(!html.contains("EXCERPT-CANARY"))
        #expect(html.contains("redacted derivative, not a verbatim statement"))
        #expect(html.contains("Small-cell suppression"))
        #expect(try CorpusReport.render(directory: fixture.url) == html)
    }

    @Test func chartsAreSVGWithFixedLengthMarkersForSuppressedCells() throws {
        let fixture = Self.release()
        let html = try CorpusReport.render(directory: fixture.url)
        #expect(html.components(separatedBy: "<svg ").count - 1 == 2)
        #expect(html.components(separatedBy: "</svg>").count - 1 == 2)
        // wh_setting: school (<5) and online (x) are suppressed; im_rare: yes (<5) and no (x).
        let markers = html.components(separatedBy: "<rect class=\"suppressed\"").dropFirst()
        #expect(markers.count == 4)
        for marker in markers {
            #expect(marker.contains("width=\"\(CorpusReport.markerWidth)\""))
        }
        #expect(html.contains(">&lt;5</text>"))
        #expect(!html.contains(">3</text>") && !html.contains(">9</text>") && !html.contains(">2</text>"))
        // The largest shown count (home 12) gets the full bar length.
        #expect(html.contains("class=\"bar\" x=\"\(CorpusReport.labelWidth)\" y=\"7\" width=\"\(CorpusReport.barArea)\""))
        // Every tag opened in the charts is closed or self-closed.
        for chart in html.components(separatedBy: "<svg ").dropFirst() {
            let body = chart.components(separatedBy: "</svg>")[0]
            #expect(body.components(separatedBy: "<text ").count == body.components(separatedBy: "</text>").count)
            #expect(body.components(separatedBy: "<rect ").count - 1 == body.components(separatedBy: "/>").count - 1 - 1)
        }
    }

    @Test func writesReportFile() throws {
        let fixture = Self.release()
        let out = fixture.directory.path("report.html")
        try CorpusReport.write(directory: fixture.url, to: out)
        #expect(try String(contentsOf: out, encoding: .utf8) == CorpusReport.render(directory: fixture.url))
    }
}
