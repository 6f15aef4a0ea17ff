import Foundation
import TestimonyModel

extension ReleaseWriter {
    /// What streaming the records produced.
    struct RecordStats {
        var excerpts = 0
        var responses = 0
        var rows = 0
        var expired: [String] = []
        var quotableCleared = 0
        var tombstonedSkipped = 0
        var excerptsSHA256 = ""
        var responsesSHA256 = ""
    }

    /// Streams the records into excerpts.jsonl and responses.csv, one record at a time.
    func writeRecords(into work: URL, records: RecordSource) throws -> RecordStats {
        let excerptWriter = try ReleaseFileWriter(creating: work.appendingPathComponent(ReleaseFiles.excerpts))
        let responseWriter = try ReleaseFileWriter(creating: work.appendingPathComponent(ReleaseFiles.responses))
        var closed = false
        defer {
            if !closed {
                excerptWriter.abandon()
                responseWriter.abandon()
            }
        }
        try responseWriter.write(ReleaseCSV.row(ReleaseCSV.header))
        let withdrawnExcerpts = Set(tombstones.filter { $0.kind == .excerpt }.map(\.id))
        let withdrawnResponses = Set(tombstones.filter { $0.kind == .response }.map(\.id))
        var encoder = ExcerptLineEncoder()
        var rows = ResponseRows()
        var stats = RecordStats()
        var previousID: String?
        // The store may wrap errors thrown by the visitor; keep ours to rethrow them unchanged.
        var visitorError: (any Error)?
        do {
            try records { record in
                do {
                    if let previous = previousID, !ReleaseFiles.byteOrder(previous, record.id) {
                        throw ReleaseWriteError.recordsOutOfOrder(after: previous, got: record.id)
                    }
                    previousID = record.id
                    try write(record, excerpts: excerptWriter, responses: responseWriter, encoder: &encoder, rows: &rows,
                        withdrawnExcerpts: withdrawnExcerpts, withdrawnResponses: withdrawnResponses, stats: &stats)
                } catch {
                    visitorError = error
                    throw error
                }
            }
        } catch {
            if let visitorError { throw visitorError }
            throw ReleaseWriteError.recordSource(String(describing: error))
        }
        // Both files' final fsyncs at once: each waits for the disk, not the CPU.
        try responseWriter.beginClose()
        closed = true
        stats.excerptsSHA256 = try excerptWriter.close()
        stats.responsesSHA256 = try responseWriter.close()
        return stats
    }

    private func write(
        _ record: CorpusRecord, excerpts: ReleaseFileWriter, responses: ReleaseFileWriter, encoder: inout ExcerptLineEncoder,
        rows: inout ResponseRows,
        withdrawnExcerpts: Set<String>, withdrawnResponses: Set<String>, stats: inout RecordStats
    ) throws {
        // Guard: the caller retracts lapsed consents before releasing; if one slipped through, skip it.
        // A consent lapses on its expiry day, as at the publication gate.
        if let expires = record.consentExpires, expires <= today {
            stats.expired.append(record.id)
            return
        }
        // (Hashing an id costs even against an empty set; most releases have no tombstones.)
        if !withdrawnResponses.isEmpty && withdrawnResponses.contains(record.id) {
            stats.tombstonedSkipped += 1
            return
        }
        let quotesLapsed = record.quotesExpire.map { $0 <= today } ?? false
        for excerpt in record.excerpts {
            if !withdrawnExcerpts.isEmpty && withdrawnExcerpts.contains(excerpt.id) {
                stats.tombstonedSkipped += 1
                continue
            }
            if quotesLapsed && excerpt.quotable { stats.quotableCleared += 1 }
            try excerpts.write(excerpt, of: record, release: releaseID, quotable: excerpt.quotable && !quotesLapsed, with: &encoder)
            stats.excerpts += 1
        }
        rows.start(id: record.id, template: record.template, version: record.templateVersion, language: record.language)
        rows.add(quasi: record.quasi)
        rows.add(record.answers)
        try responses.write(&rows)
        stats.rows += rows.count
        stats.responses += 1
    }
}
