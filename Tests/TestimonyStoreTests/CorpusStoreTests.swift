import Foundation
import Testing
import TestimonyModel
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// The SQLite corpus behind the `CorpusStore` protocol: round trips and all-or-nothing writes.
    @Suite("Corpus store")
    struct CorpusStoreTests {
        @Test("records round-trip with multi-code answers and excerpt order")
        func roundTrip() throws {
            let (dir, store, url) = try CorpusTestHelpers.newCorpus("corpus-roundtrip")
            let first = CorpusTestHelpers.record("rs-b0000001", excerpts: 3)
            var second = CorpusTestHelpers.record("rs-a0000002", excerpts: 0)
            second.quotesExpire = "2029-06-30"
            second.consentExpires = nil
            let other = CorpusTestHelpers.record("rs-c0000003", template: "interviewer-intake")
            try store.insert([first, second, other])
            #expect(try store.records(template: "survivor-experience") == [second, first])
            #expect(try store.records(template: "interviewer-intake") == [other])
            #expect(try store.records(template: "none") == [])
            #expect(try store.counts() == (records: 3, excerpts: 5))
            // Everything survives closing and reopening the file.
            let reopened = try SQLiteCorpusStore.open(at: url)
            let again = try reopened.records(template: "survivor-experience")
            #expect(again == [second, first])
            #expect(again[1].excerpts.map(\.id) == ["ex-rs-b0000001-0", "ex-rs-b0000001-1", "ex-rs-b0000001-2"])
            #expect(again[1].answers.filter { $0.question == "wh_setting" }.map(\.code) == ["online", "home"])
            withExtendedLifetime(dir) {}
        }

        @Test("a duplicate record id fails and stores nothing of the batch")
        func duplicateRecord() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-dup")
            try store.insert([CorpusTestHelpers.record("rs-dup00001")])
            #expect(throws: CorpusStoreError.duplicateID("rs-dup00001")) {
                try store.insert([CorpusTestHelpers.record("rs-new00001"), CorpusTestHelpers.record("rs-dup00001")])
            }
            #expect(try store.counts() == (records: 1, excerpts: 2))
            // A repeat inside one batch is refused too.
            #expect(throws: CorpusStoreError.duplicateID("rs-twice001")) {
                try store.insert([CorpusTestHelpers.record("rs-twice001", excerpts: 0), CorpusTestHelpers.record("rs-twice001", excerpts: 0)])
            }
            #expect(try store.counts() == (records: 1, excerpts: 2))
            withExtendedLifetime(dir) {}
        }

        @Test("a duplicate excerpt id fails and stores nothing of the batch")
        func duplicateExcerpt() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-dupex")
            try store.insert([CorpusTestHelpers.record("rs-own00001")])
            var clash = CorpusTestHelpers.record("rs-other001")
            clash.excerpts[1].id = "ex-rs-own00001-0"
            #expect(throws: CorpusStoreError.duplicateID("ex-rs-own00001-0")) {
                try store.insert([CorpusTestHelpers.record("rs-fine0001"), clash])
            }
            #expect(try store.counts() == (records: 1, excerpts: 2))
            #expect(try store.records(template: "survivor-experience").map(\.id) == ["rs-own00001"])
            withExtendedLifetime(dir) {}
        }

        @Test("retracting a record tombstones it and its excerpts and wipes the text from the file")
        func retractRecord() throws {
            let (dir, store, url) = try CorpusTestHelpers.newCorpus("corpus-retract")
            let canary = "CANARY-corpus-4q7x9k"
            try store.insert([CorpusTestHelpers.record("rs-keep0001"), CorpusTestHelpers.record("rs-gone0001", excerpts: 2, canary: canary)])
            #expect(try CorpusTestHelpers.fileContains(url, canary), "the canary is in the file before retraction")
            let tombstones = try store.retract(recordIDs: ["rs-gone0001", "rs-unknown1"])
            #expect(tombstones == [
                CorpusTombstone(kind: .response, id: "rs-gone0001"),
                CorpusTombstone(kind: .excerpt, id: "ex-rs-gone0001-0"),
                CorpusTombstone(kind: .excerpt, id: "ex-rs-gone0001-1"),
            ])
            #expect(try store.tombstones() == tombstones)
            #expect(try store.records(template: "survivor-experience").map(\.id) == ["rs-keep0001"])
            #expect(try store.counts() == (records: 1, excerpts: 2))
            #expect(try !CorpusTestHelpers.fileContains(url, canary), "secure_delete zeroed the excerpt text")
            #expect(try !CorpusTestHelpers.fileContains(url, "rs-gone0001 part"))
            // Withdrawing twice is harmless; a withdrawn id is never reused.
            #expect(try store.retract(recordIDs: ["rs-gone0001"]) == [])
            #expect(throws: CorpusStoreError.duplicateID("rs-gone0001")) {
                try store.insert([CorpusTestHelpers.record("rs-gone0001", excerpts: 0)])
            }
            withExtendedLifetime(dir) {}
        }

        @Test("retracting single excerpts keeps the record and the other excerpts' order")
        func retractExcerpts() throws {
            let (dir, store, url) = try CorpusTestHelpers.newCorpus("corpus-retract-ex")
            let canary = "CANARY-excerpt-8m2p5t"
            var record = CorpusTestHelpers.record("rs-part0001", excerpts: 3)
            record.excerpts[1].text = "A synthetic sentence about a bus timetable \(canary)."
            try store.insert([record])
            let tombstones = try store.retract(excerptIDs: ["ex-rs-part0001-1", "ex-missing"])
            #expect(tombstones == [CorpusTombstone(kind: .excerpt, id: "ex-rs-part0001-1")])
            let left = try store.records(template: "survivor-experience")
            #expect(left.first?.excerpts.map(\.id) == ["ex-rs-part0001-0", "ex-rs-part0001-2"])
            #expect(try !CorpusTestHelpers.fileContains(url, canary))
            withExtendedLifetime(dir) {}
        }

        @Test("regeneralise replaces quasi and levels only; an unknown id changes nothing")
        func regeneralise() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-regen")
            let a = CorpusTestHelpers.record("rs-regen001")
            let b = CorpusTestHelpers.record("rs-regen002")
            try store.insert([a, b])
            var coarser = a
            coarser.quasi = ["ay_age_band": "18+", "ay_region": "nordic"]
            coarser.levels = ["ay_age_band": 2, "ay_region": 0]
            coarser.excerpts = []  // ignored: only quasi and levels change
            coarser.language = "sv"
            try store.regeneralise([coarser])
            var expected = a
            expected.quasi = coarser.quasi
            expected.levels = coarser.levels
            #expect(try store.records(template: "survivor-experience") == [expected, b])
            var unknown = b
            unknown.id = "rs-nothere1"
            var bCoarser = b
            bCoarser.quasi = ["ay_age_band": "*", "ay_region": "*"]
            #expect(throws: CorpusStoreError.unknownRecord("rs-nothere1")) { try store.regeneralise([bCoarser, unknown]) }
            #expect(try store.records(template: "survivor-experience") == [expected, b])
            withExtendedLifetime(dir) {}
        }

        @Test("recordRelease stamps only the tombstones that had no release")
        func releaseStamps() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-release")
            try store.insert([CorpusTestHelpers.record("rs-rel00001", excerpts: 1), CorpusTestHelpers.record("rs-rel00002", excerpts: 0)])
            try store.retract(recordIDs: ["rs-rel00001"])
            let first = CorpusReleaseInfo(id: "r0001", manifestSHA256: String(repeating: "a", count: 64), month: "2026-11", excerptCount: 0, responseCount: 1)
            try store.recordRelease(first)
            try store.retract(recordIDs: ["rs-rel00002"])
            let second = CorpusReleaseInfo(id: "r0002", manifestSHA256: String(repeating: "b", count: 64), month: "2026-12", excerptCount: 0, responseCount: 0)
            try store.recordRelease(second)
            #expect(try store.tombstones() == [
                CorpusTombstone(kind: .response, id: "rs-rel00001", release: "r0001"),
                CorpusTombstone(kind: .excerpt, id: "ex-rs-rel00001-0", release: "r0001"),
                CorpusTombstone(kind: .response, id: "rs-rel00002", release: "r0002"),
            ])
            #expect(try store.releases() == [first, second])
            #expect(throws: CorpusStoreError.duplicateID("r0002")) { try store.recordRelease(second) }
            #expect(try store.releases() == [first, second])
            withExtendedLifetime(dir) {}
        }
    }
}
