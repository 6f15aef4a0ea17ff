import Foundation
import TestimonyModel

/// Applies a release's tombstones to earlier releases kept locally: rewrites their excerpts.jsonl and
/// responses.csv without the withdrawn ids (each file replaced with one rename) and records what it
/// did in their LOCAL-CHANGES.md. MANIFEST and MANIFEST.sig stay as received, so those releases no
/// longer verify: on purpose, the withdrawn material must go.
enum ReleaseTombstoneApplier {
    /// Only the id of an excerpt line is needed.
    private struct ExcerptID: Decodable {
        var excerptID: String
        enum CodingKeys: String, CodingKey { case excerptID = "excerpt_id" }
    }

    static func apply(tombstonesOf release: URL, to earlier: [URL]) throws(ReleasePullError) -> [ReleasePullResult.Application] {
        let releaseID = release.lastPathComponent
        let tombstones: [CorpusTombstone]
        do {
            tombstones = try readTombstones(release.appendingPathComponent(ReleaseFiles.tombstones))
        } catch {
            throw .io(file: ReleaseFiles.tombstones, reason: "cannot read the tombstones back")
        }
        guard !tombstones.isEmpty else { return [] }
        let excerptIDs = Set(tombstones.filter { $0.kind == .excerpt }.map(\.id))
        let responseIDs = Set(tombstones.filter { $0.kind == .response }.map(\.id))
        var out: [ReleasePullResult.Application] = []
        for directory in earlier {
            do {
                var hit = Set<String>()
                let excerpts = try filterExcerpts(directory.appendingPathComponent(ReleaseFiles.excerpts), removing: excerptIDs, hit: &hit)
                let responses = try filterResponses(directory.appendingPathComponent(ReleaseFiles.responses), removing: responseIDs, hit: &hit)
                guard excerpts + responses > 0 else { continue }
                let applied = tombstones.filter { hit.contains($0.id) }
                try recordChanges(in: directory, from: releaseID, applied: applied, excerpts: excerpts, responses: responses)
                out.append(ReleasePullResult.Application(
                    releaseID: directory.lastPathComponent, excerptsRemoved: excerpts, responsesRemoved: responses,
                    tombstoneIDs: applied.map(\.id)))
            } catch {
                throw .io(file: directory.lastPathComponent, reason: "applying tombstones failed: \(ReleaseWriter.reason(error))")
            }
        }
        return out
    }

    static func readTombstones(_ url: URL) throws -> [CorpusTombstone] {
        let reader = try ReleaseLineReader(url: url)
        let decoder = JSONDecoder()
        var out: [CorpusTombstone] = []
        while let line = try reader.next() {
            if line.isEmpty { continue }
            out.append(try decoder.decode(CorpusTombstone.self, from: Data(line)))
        }
        return out
    }

    /// Rewrites excerpts.jsonl without withdrawn excerpts; returns how many lines went.
    private static func filterExcerpts(_ url: URL, removing ids: Set<String>, hit: inout Set<String>) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        let decoder = JSONDecoder()
        return try rewrite(url) { _, line in
            guard let id = try? decoder.decode(ExcerptID.self, from: Data(line)).excerptID, ids.contains(id) else { return true }
            hit.insert(id)
            return false
        }
    }

    /// Rewrites responses.csv without withdrawn responses' rows; returns how many responses went.
    private static func filterResponses(_ url: URL, removing ids: Set<String>, hit: inout Set<String>) throws -> Int {
        guard !ids.isEmpty else { return 0 }
        var removed = Set<String>()
        _ = try rewrite(url, csv: true) { index, record in
            guard index > 0 else { return true }  // the header
            let id = ReleaseCSV.firstField(of: record)
            guard ids.contains(id) else { return true }
            removed.insert(id)
            return false
        }
        hit.formUnion(removed)
        return removed.count
    }

    /// Streams `url` into a temporary sibling keeping the records `keep` accepts (it is given each
    /// record's number, from 0, and may be asked twice about one record), then replaces `url`
    /// with one rename. A first pass only reads: a file nothing is dropped from (the usual case on
    /// every later pull, as tombstones are cumulative) is neither copied nor synced. CSV records may
    /// span lines (quoted newlines).
    private static func rewrite(_ url: URL, csv: Bool = false, keep: (Int, [UInt8]) throws -> Bool) throws -> Int {
        guard try forEachRecord(in: url, csv: csv, { !(try keep($0, $1)) }) else { return 0 }
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tombstoning")
        try? FileManager.default.removeItem(at: temporary)
        let writer = try ReleaseFileWriter(creating: temporary)
        var dropped = 0
        do {
            _ = try forEachRecord(in: url, csv: csv) { index, record in
                if try keep(index, record) {
                    try writer.write(record + [0x0A])
                } else {
                    dropped += 1
                }
                return false
            }
            _ = try writer.close()
        } catch {
            writer.abandon()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        try ReleaseFileSystem.replace(url, with: temporary)
        return dropped
    }

    /// Calls `body` with each record of `url` and its number (a line, or for CSV a record whose
    /// quoted fields may hold newlines) until it returns true; returns whether it did.
    private static func forEachRecord(in url: URL, csv: Bool, _ body: (Int, [UInt8]) throws -> Bool) throws -> Bool {
        let reader = try ReleaseLineReader(url: url)
        var pending: [UInt8]?
        var index = 0
        while let line = try reader.next() {
            var record = line
            if csv {
                if var open = pending {
                    open.append(0x0A)
                    open += line
                    record = open
                }
                if ReleaseCSV.isOpen(record) {
                    pending = record
                    continue
                }
                pending = nil
            }
            if try body(index, record) { return true }
            index += 1
        }
        if let pending { return try body(index, pending) }
        return false
    }

    /// Adds a section to LOCAL-CHANGES.md (written whole, then renamed into place).
    private static func recordChanges(
        in directory: URL, from releaseID: String, applied: [CorpusTombstone], excerpts: Int, responses: Int
    ) throws {
        let url = directory.appendingPathComponent(ReleaseFiles.localChanges)
        var text: String
        if let existing = try? String(contentsOf: url, encoding: .utf8) {
            text = existing + "\n"
        } else {
            text = "# Local changes to \(directory.lastPathComponent)\n\n"
            text += "This copy was changed on purpose by `testimony corpus pull`: withdrawn material named by "
            text += "the tombstones of later releases was deleted. `excerpts.jsonl` and `responses.csv` therefore "
            text += "no longer match their hashes in `MANIFEST`, and `sha256sum -c MANIFEST` reports them as "
            text += "changed. `MANIFEST` and `MANIFEST.sig` are kept as received.\n\n"
        }
        text += "## Tombstones of \(releaseID)\n\n"
        text += "Removed \(excerpts) excerpts and \(responses) responses:\n\n"
        for tombstone in applied {
            text += "- \(tombstone.kind.rawValue) \(tombstone.id) (withdrawn in \(tombstone.release ?? releaseID))\n"
        }
        let temporary = directory.appendingPathComponent(".\(ReleaseFiles.localChanges).new")
        try? FileManager.default.removeItem(at: temporary)
        let writer = try ReleaseFileWriter(creating: temporary)
        try writer.write(text)
        _ = try writer.close()
        try ReleaseFileSystem.replace(url, with: temporary)
    }

    /// CSV records in a file (header included), honouring quoted newlines.
    static func countCSVRecords(_ url: URL) throws -> Int {
        let reader = try ReleaseLineReader(url: url)
        var count = 0
        var pending: [UInt8]?
        while let line = try reader.next() {
            var record = line
            if let open = pending { record = open + [0x0A] + line }
            if ReleaseCSV.isOpen(record) {
                pending = record
                continue
            }
            pending = nil
            count += 1
        }
        return count + (pending == nil ? 0 : 1)
    }
}
