import TestimonyModel

extension DisclosureCheck {
    /// Builds the decision and its risk report from the chosen placement.
    static func decision(
        template: String, placement: Placement, current: [Int], corpus: [PreparedRecord], candidates: [PreparedRecord],
        reasons: [Int: String], policy: DisclosurePolicy
    ) -> DisclosureDecision {
        let vector = placement.vector
        let names = policy.quasi.map(\.question)
        let levels = Dictionary(zip(names, vector)) { first, _ in first }
        let publish = candidates.indices.filter(placement.publishable.contains).map {
            candidates[$0].generalised(at: vector, policy: policy)
        }
        let regeneralise = corpus.compactMap { prepared -> CorpusRecord? in
            let copy = prepared.generalised(at: vector, policy: policy)
            return copy == prepared.record ? nil : copy
        }
        let pending = candidates.indices.filter { !placement.publishable.contains($0) }.map { index in
            PendingCandidate(record: candidates[index].record, reason: reasons[index] ?? "held back")
        }
        var classes: [(key: PreparedRecord.Key, risk: RiskClass)] = []
        for (key, members) in placement.classes {
            let joining = members.candidates.filter(placement.publishable.contains)
            let held = members.candidates.filter { !placement.publishable.contains($0) }
            let sensitive = members.published.map { corpus[$0].sensitive } + joining.map { candidates[$0].sensitive }
            var values: [String: String] = [:]
            for (name, value) in zip(names, key) { values[name] = value }
            var distinct: [String: Int] = [:]
            for (index, question) in policy.sensitive.enumerated() { distinct[question] = Set(sensitive.map { $0[index] }).count }
            let risk = RiskClass(
                values: values, size: sensitive.count, publishedCount: members.published.count,
                newIDs: joining.map { candidates[$0].record.id }, heldIDs: held.map { candidates[$0].record.id },
                distinct: distinct, passes: sensitive.isEmpty || failure(sensitive, policy: policy) == nil)
            classes.append((key, risk))
        }
        classes.sort { a, b in
            a.key.map { $0 ?? "" }.lexicographicallyPrecedes(b.key.map { $0 ?? "" })
        }
        var reasonsByID: [String: String] = [:]
        for candidate in pending { reasonsByID[candidate.record.id] = candidate.reason }
        let report = RiskReport(
            template: template, k: policy.k, l: policy.l, quasi: names, sensitive: policy.sensitive,
            previousLevels: Dictionary(zip(names, current)) { first, _ in first }, levels: levels,
            classes: classes.map(\.risk), reasons: reasonsByID)
        return DisclosureDecision(
            template: template, previousLevels: report.previousLevels, levels: levels, publish: publish,
            regeneralise: regeneralise, pending: pending, report: report)
    }
}
