import TestimonyModel

/// A record with its quasi values precomputed at every level it can reach and its sensitive values
/// read out, so trying many level vectors costs a lookup per attribute.
struct PreparedRecord {
    /// A class key: one value per quasi attribute, nil for a question not answered at all.
    typealias Key = [String?]

    let record: CorpusRecord
    /// The level each attribute's value is at now (`record.levels`, 0 if absent).
    let start: [Int]
    /// `values[i][level - start[i]]` for every level from `start[i]` to the top of the ladder.
    let values: [[String?]]
    /// One value per sensitive question: the sorted set of the record's codes, joined by `,`
    /// (empty when it has none; non-answer codes are values like any other).
    let sensitive: [String]

    init(_ record: CorpusRecord, policy: DisclosurePolicy) {
        self.record = record
        var start: [Int] = []
        var values: [[String?]] = []
        for attribute in policy.quasi {
            let from = min(max(record.levels[attribute.question] ?? 0, 0), attribute.maxLevel)
            start.append(from)
            let code = record.quasi[attribute.question]
            values.append((from...attribute.maxLevel).map { level in
                code.map { attribute.generalise($0, from: from, to: level) }
            })
        }
        self.start = start
        self.values = values
        // One pass over the answers (a stored cell makes each answer as it is visited).
        var codes = [Set<String>](repeating: [], count: policy.sensitive.count)
        if !codes.isEmpty {
            for answer in record.answers {
                if let index = policy.sensitive.firstIndex(of: answer.question) { codes[index].insert(answer.code) }
            }
        }
        sensitive = policy.sensitive.indices.map { index in
            if codes[index].isEmpty, let quasi = record.quasi[policy.sensitive[index]] { codes[index].insert(quasi) }
            return codes[index].sorted().joined(separator: ",")
        }
    }

    /// The class key at level vector `vector`, or nil if the record is already above it somewhere
    /// (levels never go down).
    func key(at vector: [Int]) -> Key? {
        var key: Key = []
        key.reserveCapacity(vector.count)
        for (index, level) in vector.enumerated() {
            guard level >= start[index] else { return nil }
            key.append(values[index][min(level, values[index].count - 1 + start[index]) - start[index]])
        }
        return key
    }

    /// A copy of the record generalised to `vector`: quasi values and levels of the policy's
    /// attributes replaced (a missing answer stays missing), nothing else changed.
    func generalised(at vector: [Int], policy: DisclosurePolicy) -> CorpusRecord {
        var copy = record
        for (index, attribute) in policy.quasi.enumerated() {
            if let value = values[index][min(vector[index], start[index] + values[index].count - 1) - start[index]] {
                copy.quasi[attribute.question] = value
            }
            copy.levels[attribute.question] = vector[index]
        }
        return copy
    }
}
