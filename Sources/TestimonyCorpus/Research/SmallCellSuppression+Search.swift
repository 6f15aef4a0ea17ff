extension SmallCellSuppression {
    /// Nodes the exact search may visit before it gives up (the bounds and linear checks still apply).
    static let searchBudget = 50_000

    /// The suppressed indices that take the same value in every assignment consistent with the
    /// shown values, the relations and the bounds; nil when the search exceeds its budget.
    func fixedByEnumeration(_ values: [StatsValue], bounds: [(lower: Int, upper: Int)]) -> [Int]? {
        let unknowns = values.indices.filter { values[$0].isSuppressed }
            .sorted { (bounds[$0].upper - bounds[$0].lower, $0) < (bounds[$1].upper - bounds[$1].lower, $1) }
        guard !unknowns.isEmpty else { return [] }
        var assignment = values.map { $0.shownCount ?? -1 }
        var first: [Int: Int] = [:]
        var varies = Set<Int>()
        var nodes = 0
        var overBudget = false

        func search() {
            nodes += 1
            if nodes > Self.searchBudget { overBudget = true }
            if overBudget || varies.count == unknowns.count { return }
            var forced: [Int] = []
            defer { for index in forced { assignment[index] = -1 } }
            var changed = true
            while changed {
                changed = false
                for relation in relations {
                    var sum = 0
                    var missing = -1
                    var missingCount = 0
                    for cell in relation.cells {
                        if assignment[cell] < 0 {
                            missing = cell
                            missingCount += 1
                        } else {
                            sum += assignment[cell]
                        }
                    }
                    let total = assignment[relation.total]
                    if total >= 0 && sum > total { return }
                    if total < 0 {
                        missing = relation.total
                        missingCount += 1
                    }
                    if missingCount == 0 && sum != total { return }
                    if missingCount == 1 {
                        let value = missing == relation.total ? sum : total - sum
                        guard value >= bounds[missing].lower, value <= bounds[missing].upper else { return }
                        assignment[missing] = value
                        forced.append(missing)
                        changed = true
                    }
                }
            }
            guard let next = unknowns.first(where: { assignment[$0] < 0 }) else {
                for index in unknowns {
                    if let seen = first[index] {
                        if seen != assignment[index] { varies.insert(index) }
                    } else {
                        first[index] = assignment[index]
                    }
                }
                return
            }
            for value in bounds[next].lower...bounds[next].upper {
                assignment[next] = value
                search()
                if overBudget || varies.count == unknowns.count { break }
            }
            assignment[next] = -1
        }

        search()
        guard !overBudget, !first.isEmpty else { return nil }
        return unknowns.filter { !varies.contains($0) }.sorted()
    }
}
