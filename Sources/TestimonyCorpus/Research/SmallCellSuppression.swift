/// Small-cell suppression over one table. The table is a list of true counts (cells and totals)
/// and the additive relations between them (each: the listed cells sum to a total). Rule:
///
/// 1. Primary: every count from 1 to 4 is suppressed (`<5`); 0 is shown.
/// 2. Complementary: a suppressed cell is *exposed* if an attacker who sees every shown count,
///    knows the relations, that `<5` means 1…4, that `x` means 5 or more and that no count
///    exceeds `cap` (the number of responses, which is published) can compute its exact value:
///    by linear algebra (subtraction over any combination of rows, columns and totals), by
///    bounds (`<5 + x = 6` forces 1 and 5), or by enumerating every consistent assignment (exact;
///    skipped when the table is too large, see `searchBudget`). While any cell is exposed, the
///    smallest shown non-zero count that shares a relation with an exposed cell is suppressed
///    too (`x`), preferring cells over totals, first in order on ties. A count equal to `cap`
///    (every response) is never chosen: a reader who knows everyone answered knows it anyway.
/// 3. If an exposed cell has no such neighbour left, the whole table is withheld (`–`); so is
///    every non-empty table of a release with fewer than 5 responses.
///
/// Deterministic: the same counts and relations always give the same table.
struct SmallCellSuppression {
    /// One relation: `cells` sum to `total`.
    struct Relation: Sendable, Equatable {
        var cells: [Int]
        var total: Int
    }

    static let threshold = 5

    let counts: [Int]
    let relations: [Relation]
    /// Which indices are totals (chosen last as complementary cells).
    let isTotal: [Bool]
    /// A published upper bound of every count: the number of responses in the release.
    let cap: Int

    func apply() -> [StatsValue] {
        // Fewer than 5 responses in all: every non-zero figure is small and the total is guessable.
        if cap < Self.threshold && counts.contains(where: { $0 > 0 }) { return counts.map { _ in .withheld } }
        var values = counts.map { (1..<Self.threshold).contains($0) ? StatsValue.small : .count($0) }
        while true {
            let exposed = exposedCells(values)
            guard !exposed.isEmpty else { break }
            guard let pick = complement(for: exposed, values) else {
                return counts.map { _ in .withheld }
            }
            values[pick] = .complementary
        }
        return values
    }

    /// What an attacker knows of a value from its marker alone.
    func range(_ value: StatsValue) -> (lower: Int, upper: Int) {
        switch value {
        case .count(let count): (count, count)
        case .small: (1, Self.threshold - 1)
        case .complementary: (Self.threshold, max(Self.threshold, cap))
        case .withheld: (0, cap)
        }
    }

    /// The next complementary cell: the smallest shown non-zero count in a relation with an exposed cell.
    private func complement(for exposed: [Int], _ values: [StatsValue]) -> Int? {
        var best: (total: Bool, count: Int, index: Int)?
        for relation in relations where exposed.contains(where: { relation.cells.contains($0) || relation.total == $0 }) {
            for index in relation.cells + [relation.total] {
                // A count equal to the number of responses (everyone) is public in effect: hiding it protects nothing.
                guard let count = values[index].shownCount, count > 0, count != cap else { continue }
                let candidate = (total: isTotal[index], count: count, index: index)
                if let current = best, (current.total ? 1 : 0, current.count, current.index)
                    <= (candidate.total ? 1 : 0, candidate.count, candidate.index)
                {
                    continue
                }
                best = candidate
            }
        }
        return best?.index
    }

    /// The suppressed indices whose exact value follows from what is shown.
    func exposedCells(_ values: [StatsValue]) -> [Int] {
        let unknowns = values.indices.filter { values[$0].isSuppressed }
        guard !unknowns.isEmpty else { return [] }
        let determined = linearlyDetermined(unknowns)
        let bounds = propagatedBounds(values)
        var exposed = unknowns.filter { determined.contains($0) || bounds[$0].lower == bounds[$0].upper }
        if exposed.isEmpty { exposed = fixedByEnumeration(values, bounds: bounds) ?? [] }
        return exposed
    }

    /// Unknowns whose value is fixed by the relations alone (the unit vector is in the row space).
    private func linearlyDetermined(_ unknowns: [Int]) -> Set<Int> {
        let column = Dictionary(uniqueKeysWithValues: unknowns.enumerated().map { ($1, $0) })
        var rows: [[Double]] = relations.compactMap { relation in
            var row = [Double](repeating: 0, count: unknowns.count)
            for cell in relation.cells { if let c = column[cell] { row[c] += 1 } }
            if let c = column[relation.total] { row[c] -= 1 }
            return row.contains { $0 != 0 } ? row : nil
        }
        // Reduced row echelon form.
        var pivots: [(row: Int, column: Int)] = []
        var next = 0
        for c in 0..<unknowns.count where next < rows.count {
            guard let p = (next..<rows.count).first(where: { abs(rows[$0][c]) > 1e-9 }) else { continue }
            rows.swapAt(next, p)
            let scale = rows[next][c]
            rows[next] = rows[next].map { $0 / scale }
            for r in rows.indices where r != next && abs(rows[r][c]) > 1e-9 {
                let factor = rows[r][c]
                rows[r] = zip(rows[r], rows[next]).map { $0 - factor * $1 }
            }
            pivots.append((next, c))
            next += 1
        }
        var determined = Set<Int>()
        for (row, c) in pivots where rows[row].indices.allSatisfy({ $0 == c || abs(rows[row][$0]) < 1e-9 }) {
            determined.insert(unknowns[c])
        }
        return determined
    }

    /// Interval bounds of every index after propagating the relations to a fixed point.
    func propagatedBounds(_ values: [StatsValue]) -> [(lower: Int, upper: Int)] {
        var bounds = values.map(range)
        for _ in 0..<(4 * values.count + 4) {
            var changed = false
            for relation in relations {
                // cells − total = 0: each term's bounds from the others.
                let terms = relation.cells.map { ($0, 1) } + [(relation.total, -1)]
                for (index, sign) in terms where values[index].isSuppressed {
                    var low = 0, high = 0
                    var skipped = false
                    for (other, otherSign) in terms {
                        if other == index && otherSign == sign && !skipped {
                            skipped = true
                            continue
                        }
                        let b = bounds[other]
                        low += otherSign > 0 ? b.lower : -b.upper
                        high += otherSign > 0 ? b.upper : -b.lower
                    }
                    // sign·x = −(sum of others) ∈ [−high, −low]
                    let (newLow, newHigh) = sign > 0 ? (-high, -low) : (low, high)
                    let lower = max(bounds[index].lower, newLow)
                    let upper = min(bounds[index].upper, newHigh)
                    if lower != bounds[index].lower || upper != bounds[index].upper, lower <= upper {
                        bounds[index] = (lower, upper)
                        changed = true
                    }
                }
            }
            if !changed { break }
        }
        return bounds
    }
}
