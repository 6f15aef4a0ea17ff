import CVoikko
import Foundation

/// Finnish morphology through libvoikko (Debian `voikko-fi`): base forms and proper-noun classes.
///
/// Voikko handles are not thread-safe, so calls are serialised; results are cached per distinct word,
/// so a long text costs one analysis per different word.
public final class FinnishMorphology: @unchecked Sendable {
    private let handle: OpaquePointer
    private let lock = NSLock()
    private var cache: [String: [WordAnalysis]] = [:]

    /// Opens the Finnish dictionary; nil when libvoikko or voikko-fi is not installed.
    public init?() {
        var error: UnsafePointer<CChar>?
        guard let h = voikkoInit(&error, "fi", nil) else { return nil }
        handle = h
    }

    /// The process-wide instance (nil without the Finnish dictionary).
    public static let shared: FinnishMorphology? = FinnishMorphology()

    /// Readings of `word` as written (case matters: "Tuuli" may be a name, "tuuli" is wind).
    public func analyze(_ word: String) -> [WordAnalysis] {
        lock.lock()
        defer { lock.unlock() }
        if let cached = cache[word] { return cached }
        var result: [WordAnalysis] = []
        if let analyses = voikkoAnalyzeWordCstr(handle, word) {
            var index = 0
            while let analysis = analyses[index] {
                let base = Self.value(analysis, "BASEFORM")
                let wordClass = Self.value(analysis, "CLASS")
                if let base, let wordClass {
                    let reading = WordAnalysis(
                        baseForm: base, wordClass: wordClass, grammaticalCase: Self.value(analysis, "SIJAMUOTO"),
                        number: Self.value(analysis, "NUMBER"))
                    if !result.contains(reading) { result.append(reading) }
                }
                index += 1
            }
            voikko_free_mor_analysis(analyses)
        }
        if cache.count > 200_000 { cache.removeAll(keepingCapacity: true) }
        cache[word] = result
        return result
    }

    /// Whether Voikko knows the word at all (spelling check).
    public func isKnown(_ word: String) -> Bool {
        !analyze(word).isEmpty
    }

    private static func value(_ analysis: OpaquePointer, _ key: String) -> String? {
        guard let raw = voikko_mor_analysis_value_cstr(analysis, key) else { return nil }
        defer { voikko_free_mor_analysis_value_cstr(raw) }
        return String(cString: raw)
    }

    deinit {
        voikkoTerminate(handle)
    }
}
