import Foundation
import Testing
@testable import TestimonyCorpus
import TestimonyTestSupport

@Suite struct ResearchStatsTests {
    /// home 12, school 3, online 9, other 0 (single choice, 24 responses); a multi-choice
    /// question and a question only three responses answered.
    static func release() -> ResearchFixture {
        let fixture = ResearchFixture()
        var rows = ResearchFixture.distributionRows("wh_setting", [("home", 12), ("school", 3), ("online", 9)])
        // Multi-choice: responses 1–6 chose both `family` and `friend`, 7–12 only `friend`.
        for n in 1...12 {
            let id = "rs-" + String(format: "%05d", n)
            rows.append((id, "im_told", "friend"))
            if n <= 6 { rows.append((id, "im_told", "family")) }
        }
        for n in 1...3 { rows.append(("rs-" + String(format: "%05d", n), "im_rare", "yes")) }
        fixture.writeResponses(rows)
        fixture.writeExcerpts([])
        fixture.writeCodebook([
            ResearchFixture.question("wh_setting", label: "Where it happened", codes: ["home", "school", "online", "other"]),
            ResearchFixture.question("im_told", kind: "multi_choice", codes: ["family", "friend", "nobody"]),
            ResearchFixture.question("im_rare", kind: "yes_no", codes: ["yes", "no"]),
        ])
        return fixture
    }

    @Test func distributionsAreHandChecked() throws {
        let fixture = Self.release()
        let stats = try CorpusStats.compute(directory: fixture.url)
        #expect(stats.release == "r0001")
        #expect(stats.responses == .count(24))
        #expect(stats.distributions.map(\.question) == ["wh_setting", "im_told", "im_rare"])
        let setting = stats.distributions[0]
        #expect(setting.label == "Where it happened")
        #expect(setting.categories.map(\.code) == ["home", "school", "online", "other"])
        #expect(setting.categories[0].label == "Label home")
        // school 3 → <5; alone in a row with a shown total, so the smallest other (online 9) is hidden too.
        #expect(setting.counts == [.count(12), .small, .complementary, .count(0)])
        #expect(setting.total == .count(24))
        #expect(setting.percent(0) == 50)
        #expect(setting.percent(1) == nil && setting.percent(2) == nil)
        ResearchSuppressionCheck.check(setting, truth: [12, 3, 9, 0], total: 24, cap: 24)

        let told = stats.distributions[1]
        // Multi-choice: counts add up to more than the total, so no subtraction applies.
        #expect(told.counts == [.count(6), .count(12), .count(0)])
        #expect(told.total == .count(12))

        let rare = stats.distributions[2]
        #expect(rare.counts == [.small, .count(0)])
        #expect(rare.total == .small, "totals below 5 are suppressed")
    }

    @Test func labelsInTheChosenLanguageFallBackToEnglishThenCode() throws {
        let fixture = Self.release()
        let sv = try CorpusStats.compute(directory: fixture.url, questions: ["wh_setting"], language: "sv")
        #expect(sv.distributions[0].categories[0].label == "sv home")
        #expect(sv.distributions[0].label == "Where it happened", "no Swedish question label: English")
        let fi = try CorpusStats.compute(directory: fixture.url, questions: ["wh_setting"], language: "fi")
        #expect(fi.distributions[0].label == "fi wh_setting")
        #expect(fi.distributions[0].categories[0].label == "Label home")
        #expect(throws: CorpusResearchError.unknownQuestion("nope")) {
            _ = try CorpusStats.compute(directory: fixture.url, questions: ["nope"])
        }
        #expect(throws: CorpusResearchError.self) { _ = try CorpusStats.compute(directory: fixture.url, language: "de") }
    }

    @Test func boundsCanExposeACellAndAreClosedToo() throws {
        // school 1 + online 5 = 6 would force school = 1 and online = 5, so home is hidden as well.
        let fixture = ResearchFixture()
        fixture.writeResponses(ResearchFixture.distributionRows("wh_setting", [("home", 20), ("school", 1), ("online", 5)]))
        fixture.writeExcerpts([])
        fixture.writeCodebook([ResearchFixture.question("wh_setting", codes: ["home", "school", "online"])])
        let d = try CorpusStats.compute(directory: fixture.url).distributions[0]
        #expect(d.counts == [.complementary, .small, .complementary])
        #expect(d.total == .count(26))
        ResearchSuppressionCheck.check(d, truth: [20, 1, 5], total: 26, cap: 26)
    }

    @Test func suppressionHoldsByBruteForceOnManySmallDistributions() throws {
        // Every distribution of 3 codes with counts in 0…7: no suppressed cell is recoverable.
        for a in 0...7 {
            for b in 0...7 {
                for c in 0...7 {
                    let counts = [a, b, c, a + b + c]
                    let values = SmallCellSuppression(
                        counts: counts, relations: [.init(cells: [0, 1, 2], total: 3)],
                        isTotal: [false, false, false, true], cap: a + b + c
                    ).apply()
                    // Everyone answered: the total is known even where it is hidden.
                    let known = values[3] == .withheld ? values : Array(values.prefix(3)) + [.count(a + b + c)]
                    let recoverable = ResearchSuppressionCheck.recoverable(
                        known, truth: counts, relations: [.init(cells: [0, 1, 2], total: 3)], cap: a + b + c)
                    #expect(recoverable == [], "counts \(counts) → \(values)")
                }
            }
        }
    }

    @Test func aTableThatCannotBeProtectedIsWithheld() {
        // 6 responses (published): 1 + 5 + 0 = 6 gives the 1 away whatever else is hidden.
        let values = SmallCellSuppression(
            counts: [1, 5, 0, 6], relations: [.init(cells: [0, 1, 2], total: 3)], isTotal: [false, false, false, true], cap: 6
        ).apply()
        #expect(values == [.withheld, .withheld, .withheld, .withheld])
        #expect(values.map(\.description) == ["–", "–", "–", "–"])
        // With more responses in the release the same table can be shown with x.
        let larger = SmallCellSuppression(
            counts: [1, 5, 0, 6], relations: [.init(cells: [0, 1, 2], total: 3)], isTotal: [false, false, false, true], cap: 40
        ).apply()
        #expect(larger == [.small, .complementary, .count(0), .complementary])
    }

    /// 18-24: home 6, school 2; 25-44: 7, 8; 45+: 5, 6.
    static let matrix = [[6, 2], [7, 8], [5, 6]]

    @Test func crossTabIsSuppressedSoNoSubtractionRevealsACell() throws {
        let fixture = ResearchFixture()
        var rows: [(String, String, String)] = []
        var n = 0
        for (i, band) in ["18-24", "25-44", "45+"].enumerated() {
            for (j, setting) in ["home", "school"].enumerated() {
                for _ in 0..<Self.matrix[i][j] {
                    n += 1
                    let id = "rs-" + String(format: "%05d", n)
                    rows += [(id, "ay_age_band", band), (id, "wh_setting", setting)]
                }
            }
        }
        fixture.writeResponses(rows)
        fixture.writeExcerpts([])
        fixture.writeCodebook([
            ResearchFixture.question("ay_age_band", role: "quasi", codes: ["18-24", "25-44", "45+"]),
            ResearchFixture.question("wh_setting", codes: ["home", "school"]),
        ])
        let stats = try CorpusStats.compute(directory: fixture.url, questions: ["ay_age_band"], by: "wh_setting")
        #expect(stats.distributions.isEmpty)
        let t = try #require(stats.crossTabs.first)
        #expect(t.rows.map(\.code) == ["18-24", "25-44", "45+"])
        #expect(t.columns.map(\.code) == ["home", "school"])
        #expect(t.cells == [[.complementary, .small], [.count(7), .count(8)], [.complementary, .complementary]])
        #expect(t.rowTotals == [.count(8), .count(15), .count(11)])
        #expect(t.columnTotals == [.count(18), .count(16)])
        #expect(t.total == .count(34))
        #expect(t.rowPercent(1, 0).map { ($0 * 10).rounded() } == 467)
        #expect(t.rowPercent(0, 0) == nil)
        ResearchSuppressionCheck.check(t, truth: Self.matrix)
    }

    @Test func crossTabsOfSmallRandomTablesAreSafeByBruteForce() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<60 {
            let truth = (0..<2).map { _ in (0..<3).map { _ in Int.random(in: 0...9, using: &generator) } }
            let fixture = ResearchFixture()
            var rows: [(String, String, String)] = []
            var n = 0
            for i in 0..<2 {
                for j in 0..<3 {
                    for _ in 0..<truth[i][j] {
                        n += 1
                        let id = "rs-" + String(format: "%05d", n)
                        rows += [(id, "qa", "a\(i)"), (id, "qb", "b\(j)")]
                    }
                }
            }
            fixture.writeResponses(rows)
            fixture.writeExcerpts([])
            fixture.writeCodebook([
                ResearchFixture.question("qa", codes: ["a0", "a1"]), ResearchFixture.question("qb", codes: ["b0", "b1", "b2"]),
            ])
            let t = try #require(try CorpusStats.compute(directory: fixture.url, questions: ["qa"], by: "qb").crossTabs.first)
            ResearchSuppressionCheck.check(t, truth: truth)
        }
    }

    @Test func renderersShowMarkersAndNoPercentForSuppressedCells() throws {
        let fixture = Self.release()
        let stats = try CorpusStats.compute(directory: fixture.url, questions: ["wh_setting"])
        let text = stats.rendered(.text)
        #expect(text.contains("home    Label home"))
        #expect(text.contains("<5"))
        #expect(text.contains("50.0%"))
        let csv = stats.rendered(.csv)
        #expect(csv.contains("wh_setting,,school,Label school,,,<5,\n"))
        #expect(csv.contains("wh_setting,,online,Label online,,,x,\n"))
        #expect(csv.contains("wh_setting,,home,Label home,,,12,50.0\n"))
        let json = stats.rendered(.json)
        let decoded = try JSONDecoder().decode(StatsResult.self, from: Data(json.utf8))
        #expect(decoded == stats)
        #expect(json.contains("\"<5\""))
        #expect(!json.contains("\"3\"") && !json.contains(": 3,") && !json.contains(": 9"))
    }
}
