import Foundation
import Testing
import TestimonyModel
import TestimonyStore
import TestimonyTestSupport

extension StoreTests {
    /// Opening, refusing foreign files, file mode and safety pragmas of the corpus file.
    @Suite("Corpus file")
    struct CorpusFileTests {
        @Test("a missing file is notFound; openOrCreate creates it 0600, then opens it")
        func missingAndCreate() throws {
            let dir = TemporaryDirectory("corpus-open")
            let url = dir.path("sub/corpus.sqlite")
            #expect(throws: CorpusStoreError.notFound(path: url.path)) { try SQLiteCorpusStore.open(at: url) }
            let created = try SQLiteCorpusStore.openOrCreate(at: url)
            try created.insert([CorpusTestHelpers.record("rs-file0001")])
            #expect(try StoreTestHelpers.mode(of: url) == 0o600)
            #expect(try StoreTestHelpers.mode(of: url.deletingLastPathComponent()) == 0o700)
            let opened = try SQLiteCorpusStore.openOrCreate(at: url)
            #expect(try opened.counts() == (records: 1, excerpts: 2))
            // create refuses to overwrite.
            #expect(throws: CorpusStoreError.self) { try SQLiteCorpusStore.create(at: url) }
            #expect(try opened.counts() == (records: 1, excerpts: 2))
            // No journal lingers beside the database after writes.
            try opened.retract(recordIDs: ["rs-file0001"])
            #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["corpus.sqlite"])
        }

        @Test("concurrent creates of one path: exactly one wins, the file stays a 0600 corpus")
        func concurrentCreates() throws {
            let dir = TemporaryDirectory("corpus-race")
            let url = dir.path("corpus.sqlite")
            let wins = CorpusTestCounter()
            DispatchQueue.concurrentPerform(iterations: 16) { _ in
                if (try? SQLiteCorpusStore.create(at: url)) != nil { wins.increment() }
            }
            #expect(wins.value == 1)
            #expect(try StoreTestHelpers.mode(of: url) == 0o600)
            #expect(try SQLiteCorpusStore.open(at: url).counts() == (records: 0, excerpts: 0))
        }

        @Test("a vault database is refused as notACorpus and left unchanged")
        func vaultRefused() throws {
            let (dir, _, vaultURL) = try StoreTestHelpers.newStore("corpus-vault")
            let file = VaultStore.databaseURL(in: vaultURL)
            let before = try Data(contentsOf: file)
            let refusal = CorpusStoreError.notACorpus(path: file.path, reason: "the database holds no corpus")
            #expect(throws: refusal) { try SQLiteCorpusStore.open(at: file) }
            #expect(throws: refusal) { try SQLiteCorpusStore.openOrCreate(at: file) }
            #expect(try Data(contentsOf: file) == before)
            _ = try VaultStore.open(in: vaultURL)
            withExtendedLifetime(dir) {}
        }

        @Test("garbage and an empty file are refused as notACorpus and left unchanged")
        func garbageRefused() throws {
            let dir = TemporaryDirectory("corpus-garbage")
            let garbage = dir.path("garbage.sqlite")
            let bytes = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
            _ = FileManager.default.createFile(atPath: garbage.path, contents: bytes)
            let empty = dir.path("empty.sqlite")
            _ = FileManager.default.createFile(atPath: empty.path, contents: Data())
            for url in [garbage, empty] {
                let before = try Data(contentsOf: url)
                let error = #expect(throws: CorpusStoreError.self) { try SQLiteCorpusStore.openOrCreate(at: url) }
                if case .notACorpus(let path, _)? = error {
                    #expect(path == url.path)
                } else {
                    Issue.record("expected notACorpus, got \(String(describing: error))")
                }
                #expect(try Data(contentsOf: url) == before)
            }
        }

        @Test("fresh and reopened corpora report the safety pragmas")
        func pragmas() throws {
            let (dir, store, url) = try CorpusTestHelpers.newCorpus("corpus-pragmas")
            try store.insert([CorpusTestHelpers.record("rs-prag0001")])
            try store.retract(recordIDs: ["rs-prag0001"])
            let expected = ["secure_delete": "1", "synchronous": "2", "temp_store": "2", "foreign_keys": "1", "journal_mode": "delete"]
            for (label, corpus) in [("fresh", store), ("reopened", try SQLiteCorpusStore.open(at: url))] {
                let pragmas = try corpus.pragmas()
                for (name, value) in expected.sorted(by: { $0.key < $1.key }) {
                    #expect(pragmas[name]?.lowercased() == value, "\(name) (\(label))")
                }
            }
            withExtendedLifetime(dir) {}
        }

        @Test("error descriptions name ids and paths, never excerpt text")
        func descriptionsCarryNoText() throws {
            let (dir, store, _) = try CorpusTestHelpers.newCorpus("corpus-errors")
            let canary = "CANARY-error-3j6w1z"
            try store.insert([CorpusTestHelpers.record("rs-err00001", canary: canary)])
            do {
                try store.insert([CorpusTestHelpers.record("rs-err00001", canary: canary)])
                Issue.record("the duplicate was stored")
            } catch {
                #expect(!error.description.contains(canary))
                #expect(error.description.contains("rs-err00001"))
            }
            withExtendedLifetime(dir) {}
        }
    }
}
