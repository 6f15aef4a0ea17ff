extension Array {
    /// Swaps two elements by moving their bytes (`MutableSpan.swapAt`). `Array.swapAt` copies one element
    /// into a temporary and assigns twice: for a `Detection` that retains and releases its Strings.
    @inline(__always) mutating func moveSwap(_ i: Int, _ j: Int) {
        guard i != j else { return }
        if #available(macOS 26, iOS 26, tvOS 26, watchOS 26, visionOS 26, *) {
            var span = mutableSpan
            span.swapAt(i, j)
        } else {
            swapAt(i, j)
        }
    }
}
