/// The members of one equivalence class while a level vector is tried: indices into the prepared
/// published records and candidates.
struct ClassMembers {
    var published: [Int] = []
    var candidates: [Int] = []
}
