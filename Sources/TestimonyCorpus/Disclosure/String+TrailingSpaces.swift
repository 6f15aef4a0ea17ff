extension String {
    /// The string without trailing spaces (for aligned plain-text tables).
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
