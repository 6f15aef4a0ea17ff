/// Disjoint half-open intervals, for overlap checks while choosing spans.
struct IntervalSet {
    private var intervals: [(Int, Int)] = []  // sorted by start

    func overlaps(_ start: Int, _ end: Int) -> Bool {
        var low = 0
        var high = intervals.count
        while low < high {
            let mid = (low + high) / 2
            if intervals[mid].0 < end { low = mid + 1 } else { high = mid }
        }
        // candidates: the interval before position `low`
        if low > 0 && intervals[low - 1].1 > start { return true }
        return false
    }

    mutating func insert(_ start: Int, _ end: Int) {
        var low = 0
        var high = intervals.count
        while low < high {
            let mid = (low + high) / 2
            if intervals[mid].0 < start { low = mid + 1 } else { high = mid }
        }
        intervals.insert((start, end), at: low)
    }

    /// The parts of `start..<end` not covered by any interval.
    func gaps(_ start: Int, _ end: Int) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var cursor = start
        for (a, b) in intervals where b > start && a < end {
            if a > cursor { result.append((cursor, a)) }
            cursor = max(cursor, b)
        }
        if cursor < end { result.append((cursor, end)) }
        return result
    }
}
