/// The outcome of trying one level vector: the classes, the candidates publishable together and
/// the reasons the others are held.
struct Placement {
    let vector: [Int]
    let classes: [PreparedRecord.Key: ClassMembers]
    /// Candidate indices that can be published together at `vector`.
    let publishable: Set<Int>
    /// Candidate index → why it is held.
    let reasons: [Int: String]
}
