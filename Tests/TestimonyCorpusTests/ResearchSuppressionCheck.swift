import Testing
@testable import TestimonyCorpus

/// Brute force, independent of the library's algorithm: enumerates every assignment of the
/// suppressed cells that an attacker would accept (`<5` ∈ 1…4, `x` ∈ 5…cap), keeps those that
/// satisfy every additive relation of the table, and reports the cells whose value is the same in
/// all of them (recoverable). The true values must be among the solutions.
enum ResearchSuppressionCheck {
    struct Relation {
        var cells: [Int]
        var total: Int
    }

    static func recoverable(_ values: [StatsValue], truth: [Int], relations: [Relation], cap: Int) -> [Int] {
        let unknowns = values.indices.filter { values[$0].isSuppressed }
        // A withheld table shows nothing but the published cap.
        if values.allSatisfy({ $0 == .withheld }) { return [] }
        var assignment = values.map { $0.shownCount ?? -1 }
        var seen = [Int: Set<Int>]()
        var solutions = 0
        func range(_ u: Int) -> ClosedRange<Int> {
            switch values[u] {
            case .small: 1...4
            case .withheld: 0...cap
            default: 5...max(5, cap)
            }
        }
        func search() {
            // Assign every value a relation forces (one member left); prune contradictions.
            var forced: [Int] = []
            defer { for u in forced { assignment[u] = -1 } }
            var changed = true
            while changed {
                changed = false
                for relation in relations {
                    let members = relation.cells + [relation.total]
                    let missing = members.filter { assignment[$0] < 0 }
                    let cellSum = relation.cells.filter { assignment[$0] >= 0 }.map { assignment[$0] }.reduce(0, +)
                    if assignment[relation.total] >= 0 && cellSum > assignment[relation.total] { return }
                    if missing.isEmpty {
                        if cellSum != assignment[relation.total] { return }
                    } else if missing.count == 1 {
                        let u = missing[0]
                        let value = u == relation.total ? cellSum : assignment[relation.total] - cellSum
                        guard range(u).contains(value) else { return }
                        assignment[u] = value
                        forced.append(u)
                        changed = true
                    }
                }
            }
            guard let u = unknowns.first(where: { assignment[$0] < 0 }) else {
                solutions += 1
                for u in unknowns { seen[u, default: []].insert(assignment[u]) }
                return
            }
            for v in range(u) {
                assignment[u] = v
                search()
            }
            assignment[u] = -1
        }
        search()
        #expect(solutions > 0)
        for u in unknowns { #expect(seen[u]?.contains(truth[u]) == true, "true value of cell \(u) must be feasible") }
        return unknowns.filter { (seen[$0]?.count ?? 0) < 2 }
    }

    /// Checks a distribution (single choice: cells sum to the total).
    static func check(_ d: StatsDistribution, truth: [Int], total: Int, cap: Int) {
        let values = d.counts + [d.total]
        for (value, count) in zip(values, truth + [total]) {
            switch value {
            case .count(let shown): #expect(shown == count)
            case .small: #expect((1...4).contains(count))
            case .complementary: #expect(count >= 5)
            case .withheld: break
            }
        }
        let relations = truth.reduce(0, +) == total ? [Relation(cells: Array(truth.indices), total: truth.count)] : []
        // A reader who knows that everyone answered knows the total even when it is hidden.
        let known = total == cap && values.last != .withheld ? d.counts + [.count(total)] : values
        #expect(recoverable(known, truth: truth + [total], relations: relations, cap: cap) == [])
    }

    /// Checks a cross-tab of single-choice questions (everyone answered both): rows, columns and
    /// margins add up, and the grand total is the published number of responses.
    static func check(_ t: StatsCrossTab, truth: [[Int]]) {
        let r = truth.count, c = truth[0].count
        let rowTotals = truth.map { $0.reduce(0, +) }
        let columnTotals = (0..<c).map { j in truth.map { $0[j] }.reduce(0, +) }
        let grand = rowTotals.reduce(0, +)
        let flatTruth = truth.flatMap { $0 } + rowTotals + columnTotals + [grand]
        let values = t.cells.flatMap { $0 } + t.rowTotals + t.columnTotals + [t.total]
        for (value, count) in zip(values, flatTruth) {
            switch value {
            case .count(let shown): #expect(shown == count)
            case .small: #expect((1...4).contains(count))
            case .complementary: #expect(count >= 5)
            case .withheld: break
            }
        }
        var relations: [Relation] = []
        for i in 0..<r { relations.append(.init(cells: (0..<c).map { i * c + $0 }, total: r * c + i)) }
        for j in 0..<c { relations.append(.init(cells: (0..<r).map { $0 * c + j }, total: r * c + r + j)) }
        relations.append(.init(cells: (0..<r).map { r * c + $0 }, total: r * c + r + c))
        relations.append(.init(cells: (0..<c).map { r * c + r + $0 }, total: r * c + r + c))
        // Everyone answered both questions, so the grand total is known (it is the published count).
        let known = values.last == .withheld ? values : values.dropLast() + [.count(grand)]
        #expect(recoverable(Array(known), truth: flatTruth, relations: relations, cap: grand) == [])
    }
}
