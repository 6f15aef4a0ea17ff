extension PlaceholderAllocator {
    /// A person seen in the text: the entity key first seen, the words of every mention linked to it, and
    /// its placeholder once given.
    struct Person {
        var entity: String
        var words: [PersonWord]
        /// First seen without words: the placeholder is shared with every other person of the same key.
        var sharesEntity: Bool
        var placeholder: String?

        init(entity: String, words: [PersonWord], sharesEntity: Bool) {
            self.entity = entity
            self.words = words
            self.sharesEntity = sharesEntity
        }
    }
}
