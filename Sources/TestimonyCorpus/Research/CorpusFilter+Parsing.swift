extension CorpusFilter {
    /// Adds a `key=value` metadata criterion (`ay_age_band=25-44`); repeat for alternatives.
    public mutating func addMetadata(_ pair: String) throws(CorpusResearchError) {
        guard let equals = pair.firstIndex(of: "=") else {
            throw .invalidOption("metadata filter must be key=value (for example ay_age_band=25-44)")
        }
        let key = String(pair[..<equals]).trimmingWhitespace
        let value = String(pair[pair.index(after: equals)...]).trimmingWhitespace
        guard !key.isEmpty, !value.isEmpty else {
            throw .invalidOption("metadata filter must be key=value with both sides non-empty")
        }
        metadata[key, default: []].insert(value)
    }

    /// Adds the terms of a search string: words separated by spaces, or phrases in double quotes
    /// (`"kept quiet" school`). Every term must occur in the text.
    public mutating func addSearch(_ query: String) throws(CorpusResearchError) {
        terms += try Self.searchTerms(query)
    }

    /// Splits a search string into words and quoted phrases.
    public static func searchTerms(_ query: String) throws(CorpusResearchError) -> [String] {
        var terms: [String] = []
        var current = ""
        var quoted = false
        for character in query {
            if character == "\"" {
                if quoted, !current.isEmpty { terms.append(current) }
                if !quoted, !current.isEmpty { terms.append(current) }
                current = ""
                quoted.toggle()
            } else if character.isWhitespace && !quoted {
                if !current.isEmpty { terms.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        guard !quoted else { throw .invalidOption("search has an unclosed double quote") }
        if !current.isEmpty { terms.append(current) }
        return terms.map(\.trimmingWhitespace).filter { !$0.isEmpty }
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
