/// Overlap resolution: which detections are kept where spans overlap.
extension Redactor {
    /// Non-overlapping detections, preferring priority, then length; in text order.
    /// The chosen detections are moved out of `candidates` (left empty) unless one is taken twice.
    static func resolve(_ candidates: inout [Detection]) -> [Detection] {
        // The priority of each detection is worked out once, not in every comparison.
        // Keys and positions are sorted, not the detections (a detection holds several Strings to copy).
        var keyed: [(key: (Int, Int, Int), index: Int)] = []
        keyed.reserveCapacity(candidates.count)
        for k in candidates.indices where candidates[k].end > candidates[k].start {
            keyed.append(((priority(candidates, k), candidates[k].length, -candidates[k].start), k))
        }
        keyed.sort { $0.key > $1.key }
        // Winners and losers as indices into `candidates`; each chosen detection is copied once, into the result.
        // A taken entry is (start, end, index): a winner whole, or the rest of a loser.
        var taken: [(start: Int, end: Int, index: Int)] = []
        taken.reserveCapacity(keyed.count)
        var occupied = IntervalSet()
        var losers: [Int] = []
        for (_, k) in keyed {
            if occupied.overlaps(candidates[k].start, candidates[k].end) {
                losers.append(k)
            } else {
                occupied.insert(candidates[k].start, candidates[k].end)
                taken.append((candidates[k].start, candidates[k].end, k))
            }
        }
        let winners = taken.count
        // A direct span that lost part of itself keeps the rest: "33100 Tampere" with Tampere known still
        // hides "33100".
        for k in losers where candidates[k].identifierClass == .direct {
            for (start, end) in occupied.gaps(candidates[k].start, candidates[k].end) where end - start >= 2 {
                taken.append((start, end, k))
                occupied.insert(start, end)
            }
        }
        // In text order: the positions are sorted (the same comparisons, so the same order as sorting the
        // detections).
        let order = taken.indices.sorted { taken[$0].start < taken[$1].start }
        // Unless a loser left two pieces (one detection in two places), the chosen detections are moved to the
        // front of `candidates` by swaps, in that order, and the rest cut off: no detection is copied (a copy
        // retains its Strings, and freeing both arrays releases them twice).
        var used = [Bool](repeating: false, count: candidates.count)
        var distinct = true
        for t in order {
            if used[taken[t].index] { distinct = false }
            used[taken[t].index] = true
        }
        guard distinct else { return copied(candidates, taken, order, winners: winners) }
        // position[k]: where candidate k is now; original[p]: which candidate is at position p.
        var position = Array(candidates.indices)
        var original = Array(candidates.indices)
        for (j, t) in order.enumerated() {
            let k = taken[t].index
            let p = position[k]
            if p != j {
                candidates.moveSwap(j, p)
                let moved = original[j]
                position[moved] = p
                original[p] = moved
                position[k] = j
                original[j] = k
            }
            if t >= winners {
                candidates[j].start = taken[t].start
                candidates[j].end = taken[t].end
                candidates[j].caseEnding = nil
            }
        }
        var result: [Detection] = []
        swap(&result, &candidates)
        result.removeLast(result.count - order.count)
        return result
    }

    /// `resolve`'s result with each chosen detection copied into place (when one detection is taken twice).
    static func copied(_ candidates: [Detection], _ taken: [(start: Int, end: Int, index: Int)], _ order: [Int], winners: Int) -> [Detection] {
        var result: [Detection] = []
        result.reserveCapacity(order.count)
        for t in order {
            result.append(candidates[taken[t].index])
            if t >= winners {
                result[result.count - 1].start = taken[t].start
                result[result.count - 1].end = taken[t].end
                result[result.count - 1].caseEnding = nil
            }
        }
        return result
    }
}
