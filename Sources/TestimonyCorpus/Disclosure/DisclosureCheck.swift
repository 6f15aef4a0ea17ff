public import TestimonyModel

/// The publication gate's disclosure control: k-anonymity and distinct ℓ-diversity over a
/// template's quasi-identifiers, with full-domain generalisation (one ladder level per attribute
/// for the whole template). Pure: it reads records and returns a decision; the caller stores it.
/// `docs/corpus.md`, "Disclosure control", is the specification.
public enum DisclosureCheck {
    /// Decides which candidates to publish and at which level vector.
    ///
    /// - Parameters:
    ///   - published: the template's published records (at the corpus level vector L). Records of
    ///     other templates are ignored.
    ///   - candidates: the new testimony first, then the pending queue, as answered (level 0).
    ///     Candidates of another template than the first are kept pending.
    ///   - policy: k, ℓ, the quasi-identifiers with their ladders and the sensitive questions.
    public static func evaluate(
        published: [CorpusRecord], candidates: [CorpusRecord], policy: DisclosurePolicy
    ) -> DisclosureDecision {
        let template = candidates.first?.template ?? published.first?.template ?? ""
        let corpus = published.filter { $0.template == template }.map { PreparedRecord($0, policy: policy) }
        var foreign: [Int: String] = [:]
        var prepared: [PreparedRecord] = []
        for (index, candidate) in candidates.enumerated() {
            if candidate.template != template {
                foreign[index] = "template \(candidate.template) is checked against its own corpus, not \(template)"
            }
            prepared.append(PreparedRecord(candidate, policy: policy))
        }
        let current = currentLevels(corpus, policy: policy)
        var chosen: Placement?
        if !candidates.isEmpty, foreign[0] == nil {
            for vector in vectors(from: current, policy: policy) {
                let placement = place(at: vector, corpus: corpus, candidates: prepared, excluded: Set(foreign.keys), held: [], policy: policy)
                if placement.publishable.contains(0) {
                    chosen = placement
                    break
                }
            }
        }
        var heldFirst: String?
        if chosen == nil, !candidates.isEmpty {
            // No vector helps the new testimony: keep L, hold it back, publish the others that pass.
            let withFirst = place(at: current, corpus: corpus, candidates: prepared, excluded: Set(foreign.keys), held: [], policy: policy)
            heldFirst = foreign[0] ?? withFirst.reasons[0] ?? "no class of k=\(policy.k) at any level"
        }
        let placement =
            chosen
            ?? place(at: current, corpus: corpus, candidates: prepared, excluded: Set(foreign.keys), held: [0], policy: policy)
        var reasons = placement.reasons.merging(foreign) { _, foreign in foreign }
        if let heldFirst { reasons[0] = heldFirst }
        return decision(
            template: template, placement: placement, current: current, corpus: corpus, candidates: prepared,
            reasons: reasons, policy: policy)
    }

    /// The corpus level vector: per attribute the highest level among published records (they all
    /// share one), clamped to the ladder.
    static func currentLevels(_ corpus: [PreparedRecord], policy: DisclosurePolicy) -> [Int] {
        policy.quasi.indices.map { index in corpus.map { $0.start[index] }.max() ?? 0 }
    }

    /// Every level vector ≥ `current` (component-wise) within the ladders, lowest total height
    /// first; ties broken by fewer levels on earlier-declared attributes (lexicographic order).
    static func vectors(from current: [Int], policy: DisclosurePolicy) -> [[Int]] {
        var result: [[Int]] = [current]
        for (index, attribute) in policy.quasi.enumerated() {
            let top = max(attribute.maxLevel, current[index])
            result = result.flatMap { vector in
                (current[index]...top).map { level in
                    var next = vector
                    next[index] = level
                    return next
                }
            }
        }
        return result.sorted { a, b in
            let (ha, hb) = (a.reduce(0, +), b.reduce(0, +))
            return ha != hb ? ha < hb : a.lexicographicallyPrecedes(b)
        }
    }

    /// Forms the classes at `vector` and finds the candidates publishable together: drop the
    /// candidates of every failing class and recheck until nothing changes. `excluded` candidates
    /// are left out of the classes; `held` ones are placed (for the report) but never publishable
    /// and never counted.
    static func place(
        at vector: [Int], corpus: [PreparedRecord], candidates: [PreparedRecord], excluded: Set<Int>, held: Set<Int>,
        policy: DisclosurePolicy
    ) -> Placement {
        var classes: [PreparedRecord.Key: ClassMembers] = [:]
        var reasons: [Int: String] = [:]
        for (index, record) in corpus.enumerated() {
            if let key = record.key(at: vector) { classes[key, default: ClassMembers()].published.append(index) }
        }
        var publishable = Set<Int>()
        for (index, record) in candidates.enumerated() where !excluded.contains(index) {
            guard let key = record.key(at: vector) else {
                reasons[index] = "already generalised above the corpus levels"
                continue
            }
            classes[key, default: ClassMembers()].candidates.append(index)
            if !held.contains(index) { publishable.insert(index) }
        }
        // Each record is in exactly one class at this vector, so holding one class's candidates back
        // changes no other class: one pass decides every class. A class that fails with all its
        // joining candidates holds them all back (no subset is tried).
        for members in classes.values {
            let joining = members.candidates.filter(publishable.contains)
            guard !joining.isEmpty else { continue }
            let sensitive = members.published.map { corpus[$0].sensitive } + joining.map { candidates[$0].sensitive }
            if let failure = failure(sensitive, policy: policy) {
                publishable.subtract(joining)
                for index in joining { reasons[index] = failure }
            }
        }
        return Placement(vector: vector, classes: classes, publishable: publishable, reasons: reasons)
    }

    /// Why a class with these members' sensitive values fails k or ℓ, or nil if it passes.
    static func failure(_ sensitive: [[String]], policy: DisclosurePolicy) -> String? {
        if sensitive.count < policy.k { return "class of \(sensitive.count) < k=\(policy.k)" }
        for (index, question) in policy.sensitive.enumerated() {
            let distinct = Set(sensitive.map { $0[index] }).count
            if distinct < policy.l {
                return "only \(distinct) distinct value\(distinct == 1 ? "" : "s") of \(question) < ℓ=\(policy.l)"
            }
        }
        return nil
    }
}
