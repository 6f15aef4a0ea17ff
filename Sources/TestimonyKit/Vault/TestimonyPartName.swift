/// The encrypted parts of a testimony; each is its own blob with its own record version.
enum TestimonyPartName: String, CaseIterable {
    case answers, identifiers, consent, progress
}
