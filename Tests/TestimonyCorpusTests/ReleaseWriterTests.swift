import Foundation
import Testing
import TestimonyCorpus
import TestimonyCrypto
import TestimonyModel
import TestimonyTestSupport

@Suite("Release: writing")
struct ReleaseWriterTests {
    static let records = (1...6).map { ReleaseFixtures.record($0, excerpts: 2) }

    @Test func aFreshReleaseVerifiesHere() throws {
        let dir = TemporaryDirectory("release-write")
        let key = try Ed25519SigningKey.generate()
        let result = try ReleaseFixtures.write(Self.records, into: dir.url, key: key)
        #expect(result.directory == dir.path("r0001"))
        #expect(result.excerptCount == 12)
        #expect(result.responseCount == 6)
        #expect(result.responseRowCount == 6 * 5)
        #expect(result.info == CorpusReleaseInfo(id: "r0001", manifestSHA256: result.manifestSHA256, month: "2026-11", excerptCount: 12, responseCount: 6))
        let verified = try ReleaseVerifier.verify(directory: result.directory, publicKey: key.verifyingKey)
        #expect(verified.releaseID == "r0001")
        #expect(verified.previousManifestSHA256 == nil)
        #expect(verified.manifestSHA256 == result.manifestSHA256)
        #expect(try SHA256.hexOfFile(at: result.directory.appendingPathComponent("MANIFEST")) == result.manifestSHA256)
        // Only the release directory is left: the working directory was renamed, not copied.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["r0001"])
    }

    @Test(.enabled(if: ReleaseFixtures.haveTools, "sha256sum or openssl is not installed"))
    func aFreshReleaseVerifiesWithStandardTools() throws {
        let dir = TemporaryDirectory("release-tools")
        let key = try Ed25519SigningKey.generate()
        let result = try ReleaseFixtures.write(Self.records, into: dir.url, key: key)
        let pem = dir.write("corpus-signing.pem", key.verifyingKey.pemEncoded)
        let check = try ReleaseFixtures.standardToolsVerify(result.directory, pem: pem)
        #expect(check.sha256sum)
        #expect(check.openssl)
        #expect(check.fileSetOK)
    }

    @Test func manifestHasTheDocumentedFormat() throws {
        let dir = TemporaryDirectory("release-manifest")
        let key = try Ed25519SigningKey.generate()
        let previous = String(repeating: "ab", count: 32)
        let result = try ReleaseFixtures.write(Self.records, id: "r0002", previous: previous, into: dir.url, key: key)
        let text = try String(contentsOf: result.directory.appendingPathComponent("MANIFEST"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 9)
        #expect(lines[0] == "# testimony corpus release")
        #expect(lines[1] == "# release: r0002")
        #expect(lines[2] == "# previous-manifest-sha256: \(previous)")
        #expect(lines[3...7].map { String($0.dropFirst(66)) } == ["DATACARD.md", "codebook.json", "excerpts.jsonl", "responses.csv", "tombstones.jsonl"])
        #expect(lines[8] == "")
        let signature = try Data(contentsOf: result.directory.appendingPathComponent("MANIFEST.sig"))
        #expect(signature.count == 64)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let key = try Ed25519SigningKey.generate()
        let tombstones = [CorpusTombstone(kind: .excerpt, id: "ex-gone", release: "r0001"), CorpusTombstone(kind: .response, id: "rs-gone")]
        let a = TemporaryDirectory("release-det-a")
        let b = TemporaryDirectory("release-det-b")
        let first = try ReleaseFixtures.write(Self.records, id: "r0002", tombstones: tombstones, into: a.url, key: key)
        let second = try ReleaseFixtures.write(Self.records, id: "r0002", tombstones: tombstones, into: b.url, key: key)
        #expect(first.manifestSHA256 == second.manifestSHA256)
        for name in ReleaseFiles.all {
            let x = try Data(contentsOf: first.directory.appendingPathComponent(name))
            let y = try Data(contentsOf: second.directory.appendingPathComponent(name))
            #expect(x == y, "\(name) differs between two writes of the same input")
        }
        let lines = try String(contentsOf: first.directory.appendingPathComponent("tombstones.jsonl"), encoding: .utf8)
        #expect(lines == """
            {"id":"ex-gone","kind":"excerpt","release":"r0001"}
            {"id":"rs-gone","kind":"response","release":"r0002"}

            """)
    }

    @Test func linesFollowTheSpec() throws {
        let dir = TemporaryDirectory("release-lines")
        let key = try Ed25519SigningKey.generate()
        let result = try ReleaseFixtures.write([ReleaseFixtures.record(1)], into: dir.url, key: key)
        let excerpts = try String(contentsOf: result.directory.appendingPathComponent("excerpts.jsonl"), encoding: .utf8)
        #expect(excerpts == """
            {"excerpt_id":"ex-0000000000000001x0","language":"fi","metadata":{"ay_age_band":"35-54","ay_region":"nordic"},\
            "provenance":{"policy_version":1,"release":"r0001","statement":"redacted derivative, not a verbatim statement"},\
            "question":"wh_narrative","quotable":true,"template":"survivor-experience","template_version":1,\
            "text":"A synthetic placeholder answer 1 mentioning [PERSON 1] and a library visit.","themes":["what_happened"]}

            """)
        let csv = try String(contentsOf: result.directory.appendingPathComponent("responses.csv"), encoding: .utf8)
        #expect(csv == """
            response_id,template,template_version,language,question,code
            rs-0000000000000001,survivor-experience,1,fi,ay_age_band,35-54
            rs-0000000000000001,survivor-experience,1,fi,ay_region,nordic
            rs-0000000000000001,survivor-experience,1,fi,im_education,1
            rs-0000000000000001,survivor-experience,1,fi,wh_setting,home
            rs-0000000000000001,survivor-experience,1,fi,wh_setting,online

            """)
        let codebook = try JSONDecoder().decode(Codebook.self, from: Data(contentsOf: result.directory.appendingPathComponent("codebook.json")))
        #expect(codebook.release == "r0001")
        #expect(codebook.templates == ReleaseFixtures.codebook.templates)
    }

    @Test func csvFieldsAreQuotedPerRFC4180() throws {
        let dir = TemporaryDirectory("release-csv")
        let key = try Ed25519SigningKey.generate()
        var record = ReleaseFixtures.record(1, excerpts: 0)
        record.quasi = [:]
        record.answers = [CorpusAnswer(question: "q_comma", code: "a,b"), CorpusAnswer(question: "q_quote", code: "say \"hi\""),
            CorpusAnswer(question: "q_newline", code: "one\ntwo"), CorpusAnswer(question: "q_plain", code: "plain")]
        let result = try ReleaseFixtures.write([record], into: dir.url, key: key)
        let csv = try String(contentsOf: result.directory.appendingPathComponent("responses.csv"), encoding: .utf8)
        let prefix = "rs-0000000000000001,survivor-experience,1,fi,"
        #expect(csv == "response_id,template,template_version,language,question,code\n"
            + "\(prefix)q_comma,\"a,b\"\n\(prefix)q_newline,\"one\ntwo\"\n\(prefix)q_plain,plain\n\(prefix)q_quote,\"say \"\"hi\"\"\"\n")
        #expect(result.responseRowCount == 4)
    }

    /// responses.csv as the spec describes it, written the plain way.
    static func referenceCSV(_ records: [CorpusRecord]) -> String {
        func field(_ value: String) -> String {
            value.contains(where: { ",\"\n\r".contains($0) }) || value.utf8.contains(0x0D)
                ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
        }
        var expected = "response_id,template,template_version,language,question,code\n"
        for record in records.sorted(by: { Array($0.id.utf8).lexicographicallyPrecedes(Array($1.id.utf8)) }) {
            let pairs = record.quasi.map { ($0.key, $0.value) } + record.answers.map { ($0.question, $0.code) }
            for (question, code) in pairs.sorted(by: { a, b in
                Array(a.0.utf8) == Array(b.0.utf8)
                    ? Array(a.1.utf8).lexicographicallyPrecedes(Array(b.1.utf8)) : Array(a.0.utf8).lexicographicallyPrecedes(Array(b.0.utf8))
            }) {
                expected += [record.id, record.template, String(record.templateVersion), record.language, question, code].map(field)
                    .joined(separator: ",") + "\n"
            }
        }
        return expected
    }

    /// The responses.csv the writer writes for `records`.
    static func writtenCSV(_ records: [CorpusRecord], _ label: String) throws -> Data {
        let dir = TemporaryDirectory(label)
        let result = try ReleaseFixtures.write(records, into: dir.url, key: try Ed25519SigningKey.generate())
        return try Data(contentsOf: result.directory.appendingPathComponent("responses.csv"))
    }

    /// Quasi keys that are canonically equivalent but spelt differently (one Dictionary key in
    /// Swift) are written with each record's own spelling, and in their own byte order.
    @Test func equivalentQuasiKeysKeepTheirOwnBytes() throws {
        let spellings: [[String: String]] = [
            ["K": "1", "e\u{301}": "x"], ["\u{212A}": "2", "\u{e9}": "y"], ["K": "3", "\u{e9}": "z"], ["\u{212A}": "4", "e\u{301}": "w"],
        ]
        let records = (1...8).map { n in
            var record = ReleaseFixtures.record(n, excerpts: 0)
            record.quasi = spellings[n % spellings.count]
            record.answers = []
            return record
        }
        #expect(try Self.writtenCSV(records, "release-csv-equivalent") == Data(Self.referenceCSV(records).utf8))
    }

    /// The row writer reuses a position's question and code tails from record to record; a
    /// canonically equivalent spelling (one `==` to the other, other bytes, even the same length)
    /// in the next record must still be written with its own bytes.
    @Test func equivalentQuestionsAndCodesKeepTheirOwnBytes() throws {
        let questions = ["K", "\u{212A}", "q_k"]
        let codes = ["K", "\u{212A}", "a\u{301}\u{323}", "a\u{323}\u{301}", "\u{e1}", "x"]
        let records = (1...40).map { n in
            var record = ReleaseFixtures.record(n, excerpts: 0)
            record.quasi = [:]
            record.answers = [
                CorpusAnswer(question: questions[(n / 3) % questions.count], code: codes[n % codes.count]),
                CorpusAnswer(question: "q_z", code: codes[(n / 2) % codes.count]),
            ]
            return record
        }
        #expect(try Self.writtenCSV(records, "release-csv-equivalent-answers") == Data(Self.referenceCSV(records).utf8))
    }

    /// responses.csv against a plain reference: every (question, code) pair of quasi and answers,
    /// sorted by question then code in byte order, each field quoted per RFC 4180. Random pairs
    /// with prefixes, repeats, CSV specials, control and non-ASCII characters.
    @Test func responseRowsMatchAPlainReference() throws {
        let pieces = ["q", "q_", "a", "b", "Z", ",", "\"", "\n", "\r", " ", "ä", "a\u{301}", "😀", "\u{1}", "1", "10", "2"]
        var rng = SystemRandomNumberGenerator()
        func word() -> String { (0..<Int.random(in: 0...4, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined() }
        // Runs of records with the same questions (the writer reuses the last order then), some
        // with a question repeated (where the codes decide the order), and random ones.
        let distinct = ["q_b", "q_a", "ay_age", "q_c"]
        let repeated = ["q_b", "q_a", "q_b", "q_a"]
        let records = (1...120).map { n in
            var record = ReleaseFixtures.record(n, excerpts: 0)
            switch (n / 4) % 3 {
            case 0:
                record.quasi = [:]
                record.answers = CorpusAnswers(distinct.map { CorpusAnswer(question: $0, code: word()) })
            case 1:
                record.quasi = [:]
                record.answers = CorpusAnswers(repeated.map { CorpusAnswer(question: $0, code: word()) })
            default:
                record.quasi = Dictionary((0..<Int.random(in: 0...3, using: &rng)).map { _ in (word(), word()) }, uniquingKeysWith: { a, _ in a })
                var answers = (0..<Int.random(in: 0...12, using: &rng)).map { _ in CorpusAnswer(question: word(), code: word()) }
                if n % 5 == 0, let first = answers.first { answers.append(first) }
                record.answers = CorpusAnswers(answers)
            }
            return record
        }
        #expect(try Self.writtenCSV(records, "release-csv-reference") == Data(Self.referenceCSV(records).utf8))
    }

    @Test func filesCarryNothingBeyondTheSpec() throws {
        let dir = TemporaryDirectory("release-private")
        let key = try Ed25519SigningKey.generate()
        let records = (1...4).map { ReleaseFixtures.record($0, consentExpires: "2099-12-31", quotesExpire: "2098-07-30") }
        let result = try ReleaseFixtures.write(records, into: dir.url, key: key)
        var forbidden = ["2099-12-31", "2098-07-30", "consent_expires", "quotes_expire", "levels", ReleaseFixtures.today]
        let host = ProcessInfo.processInfo.hostName
        if host.count >= 4 { forbidden.append(host) }
        let user = ProcessInfo.processInfo.environment["USER"] ?? ""
        if user.count >= 4 { forbidden.append(user) }
        for name in ReleaseFiles.all where name != "MANIFEST.sig" {
            let text = try String(contentsOf: result.directory.appendingPathComponent(name), encoding: .utf8)
            for word in forbidden {
                #expect(!text.contains(word), "\(name) contains a value it must not carry")
            }
        }
    }

    @Test func lapsedConsentIsSkippedAndReportedAndLapsedQuotesLoseTheMark() throws {
        let dir = TemporaryDirectory("release-lapsed")
        let key = try Ed25519SigningKey.generate()
        let records = [
            ReleaseFixtures.record(1, consentExpires: "2026-11-14"),  // lapsed the day before: skipped
            ReleaseFixtures.record(2, consentExpires: "2026-11-15"),  // lapses today (as at the gate): skipped
            ReleaseFixtures.record(3, quotesExpire: "2026-11-01"),  // quotes lapsed: not quotable
            ReleaseFixtures.record(4, quotesExpire: "2027-01-01"),
            ReleaseFixtures.record(5, consentExpires: "2026-11-16"),  // lapses tomorrow: released
            ReleaseFixtures.record(6, quotesExpire: "2026-11-15"),  // quotes lapse today: not quotable
        ]
        let result = try ReleaseFixtures.write(records, into: dir.url, key: key)
        #expect(result.expiredRecordIDs == [ReleaseFixtures.responseID(1), ReleaseFixtures.responseID(2)])
        #expect(result.quotableCleared == 2)
        #expect(result.responseCount == 4)
        let lines = try String(contentsOf: result.directory.appendingPathComponent("excerpts.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONDecoder().decode(ReleasedExcerpt.self, from: Data($0.utf8)) }
        #expect(lines.map(\.excerptID) == [3, 4, 5, 6].map { ReleaseFixtures.excerptID($0) })
        #expect(lines.map(\.quotable) == [false, true, true, false])
        let csv = try String(contentsOf: result.directory.appendingPathComponent("responses.csv"), encoding: .utf8)
        #expect(!csv.contains(ReleaseFixtures.responseID(1)))
    }

    @Test func tombstonedMaterialIsNeverWritten() throws {
        let dir = TemporaryDirectory("release-tombstoned")
        let key = try Ed25519SigningKey.generate()
        let tombstones = [CorpusTombstone(kind: .response, id: ReleaseFixtures.responseID(2)),
            CorpusTombstone(kind: .excerpt, id: ReleaseFixtures.excerptID(3, 1))]
        let result = try ReleaseFixtures.write(Self.records, tombstones: tombstones, into: dir.url, key: key)
        #expect(result.tombstonedSkipped == 2)
        #expect(result.excerptCount == 12 - 2 - 1)
        let excerpts = try String(contentsOf: result.directory.appendingPathComponent("excerpts.jsonl"), encoding: .utf8)
        #expect(!excerpts.contains(ReleaseFixtures.excerptID(3, 1)))
        #expect(!excerpts.contains(ReleaseFixtures.excerptID(2, 0)))
    }

    @Test func refusesAnExistingReleaseAndBadInputLeavingNothing() throws {
        let dir = TemporaryDirectory("release-refuse")
        let key = try Ed25519SigningKey.generate()
        try ReleaseFixtures.write(Self.records, into: dir.url, key: key)
        let before = ReleaseFixtures.snapshot(dir.url)
        #expect(throws: ReleaseWriteError.releaseExists(path: dir.path("r0001").path)) {
            try ReleaseFixtures.write(Self.records, into: dir.url, key: key)
        }
        #expect(throws: ReleaseWriteError.self) { try ReleaseFixtures.write(Self.records, id: "../r0002", into: dir.url, key: key) }
        #expect(throws: ReleaseWriteError.recordsOutOfOrder(after: ReleaseFixtures.responseID(2), got: ReleaseFixtures.responseID(1))) {
            try ReleaseFixtures.write([ReleaseFixtures.record(2), ReleaseFixtures.record(1)], id: "r0002", into: dir.url, key: key)
        }
        #expect(throws: ReleaseWriteError.self) {
            try ReleaseFixtures.writer("r0003").write(into: dir.url, records: { visit in try visit(ReleaseFixtures.record(1)) }, sign: { _ in [1, 2, 3] })
        }
        struct SourceFailed: Error {}
        #expect(throws: ReleaseWriteError.self) {
            try ReleaseFixtures.writer("r0004").write(into: dir.url, records: { _ in throw SourceFailed() }, sign: { key.sign($0) })
        }
        #expect(ReleaseFixtures.snapshot(dir.url) == before)
    }
}
