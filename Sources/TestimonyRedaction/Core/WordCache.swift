import Foundation

/// A process-wide cache of per-word results (the proper-noun classification of a word as written, at a
/// sentence start or not, for one language, and its cue flags). The result depends only on the word, the lists and the
/// dictionary, so a long text, and the next text, pay for each distinct word once. Thread-safe; emptied
/// when it grows past `limit` entries.
final class WordCache: @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        /// Language (0 none, 1 fi, 2 sv, 3 en), sentence start, and whether Voikko is present.
        var context: UInt8
    }

    struct Entry {
        var hit: ProperNounDetector.Hit?
        /// The word's cue flags for the context rules (`ProperNounDetector.cueTables`).
        var cues: UInt16
    }

    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    let limit = 200_000

    func value(_ key: Key) -> Entry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]
    }

    func store(_ key: Key, _ entry: Entry) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
    }
}
