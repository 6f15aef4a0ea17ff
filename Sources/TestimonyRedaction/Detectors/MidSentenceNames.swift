/// The names a text has shown capitalised mid-sentence (`ProperNounDetector.contextHits`), each with whether
/// it stood in a longer name or after a strong cue. A few per text: a small list searched with `==` (the
/// Dictionary's own equality), instead of a `Dictionary` built and hashed per text.
struct MidSentenceNames {
    private var names: [String] = []
    private var strongFlags: [Bool] = []

    private func index(of name: String) -> Int? {
        for k in names.indices where names[k] == name { return k }
        return nil
    }

    /// Whether `name` was seen, and then whether it was strong (as `[String: Bool]` subscripting gives it).
    func strong(_ name: String) -> Bool? {
        index(of: name).map { strongFlags[$0] }
    }

    /// Notes `name`, strong when it already was or `strong` says so.
    mutating func mark(_ name: String, _ strong: Bool) {
        if let k = index(of: name) {
            strongFlags[k] = strongFlags[k] || strong
        } else {
            names.append(name)
            strongFlags.append(strong)
        }
    }
}
