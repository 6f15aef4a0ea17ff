import Foundation
import Testing
import TestimonyModel
@testable import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// `recordIDs(consentLapsedBy:)`: the release's lapsed-consent check as one query.
    @Suite("Corpus lapsed consent")
    struct CorpusLapsedConsentTests {
        @Test func findsExactlyTheRecordsLapsingOnOrBeforeTheDay() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-lapsed")
            defer { withExtendedLifetime(dir) {} }
            let expiries: [String?] = [nil, "2026-11-28", "2026-11-29", "2026-11-30", "2025-01-01", "2027-06-01", nil]
            let records = expiries.enumerated().map { n, expires in
                var record = CorpusTestHelpers.record(String(format: "rs-lapse%03d", 7 - n), excerpts: 0)
                record.consentExpires = expires
                return record
            }
            try store.insert(records)
            let expected = records.filter { $0.consentExpires.map { $0 <= "2026-11-29" } ?? false }.map(\.id).sorted()
            #expect(expected.count == 3)
            #expect(try store.recordIDs(consentLapsedBy: "2026-11-29") == expected)
            #expect(try store.recordIDs(consentLapsedBy: "2000-01-01") == [])
            #expect(try store.recordIDs(consentLapsedBy: "2099-12-31").count == 5, "never: records without an expiry day")
        }
    }
}
