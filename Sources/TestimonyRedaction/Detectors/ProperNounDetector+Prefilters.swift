/// Cheap tests that let the proper-noun pass skip work for most tokens, and its apostrophe stripping.
extension ProperNounDetector {
    /// Whether `classify` surely finds nothing in this lowercase token: for English it needs a first name
    /// (`gazetteerHit`'s chat-style branch), for Swedish a first name, surname or place, also without a
    /// final "s". Finnish and unknown languages ask Voikko, so they never take this shortcut.
    /// (Given the tokens and an index, so the token is read in place rather than copied.)
    func surelyNoLowercaseName(_ tokens: [Token], _ i: Int) -> Bool {
        switch language {
        case .en:
            return tokens[i].hasApostrophe
                ? !gazetteer.firstNameFilter.mayContain(stripped(tokens[i].lower)) : !gazetteer.firstNameFilter.mayContain(key: tokens[i].filterKey)
        case .sv:
            if tokens[i].hasApostrophe {
                let lower = stripped(tokens[i].lower)
                return !gazetteer.nameFilter.mayContain(lower)
                    && !(lower.utf8.last == UInt8(ascii: "s") && gazetteer.nameFilter.mayContain(droppingLastByte: lower))
            }
            return !gazetteer.nameFilter.mayContain(key: tokens[i].filterKey)
                && !(tokens[i].tail & 0xFF == UInt32(UInt8(ascii: "s")) && gazetteer.nameFilter.mayContain(droppingLastByte: tokens[i].lower))
        default: return false
        }
    }

    /// Heads (`Token.head`) of `oneLetterWords`: a one-letter token is one of them exactly when its head
    /// is (the words are at most two bytes long, and a token has no zero bytes).
    static let oneLetterHeads: [RedactionLanguage: KeySet] = oneLetterWords.mapValues { KeySet($0.map(Gazetteer.head)) }
    static let oneLetterFi = oneLetterHeads[.fi] ?? KeySet([])
    static let oneLetterSv = oneLetterHeads[.sv] ?? KeySet([])
    static let oneLetterEn = oneLetterHeads[.en] ?? KeySet([])

    /// `oneLetterWords[language ?? .en].contains(token.lower)` without hashing a String.
    func isOneLetterWord(_ token: Token) -> Bool {
        isOneLetterWord(head: token.head, lowerBytes: token.lower.utf8.count)
    }

    /// The same from the token's `head` and the byte count of its `lower` (read in place by the caller).
    func isOneLetterWord(head: UInt32, lowerBytes: Int) -> Bool {
        guard lowerBytes <= 4 else { return false }
        switch language ?? .en {
        case .fi: return Self.oneLetterFi.contains(head)
        case .sv: return Self.oneLetterSv.contains(head)
        case .en: return Self.oneLetterEn.contains(head)
        }
    }

    /// `stripped(token.lower)`, without looking at the bytes again when the token has no apostrophe.
    @inline(__always) func stripped(_ token: Token) -> String {
        token.hasApostrophe ? stripped(token.lower) : token.lower
    }

    func stripped(_ lower: String) -> String {
        // only words with an apostrophe (one scan of the bytes; ’ is E2 80 99)
        guard lower.utf8.contains(where: { $0 == 0x27 || $0 == 0x99 }) else { return lower }
        for suffix in ["'s", "\u{2019}s"] where lower.hasSuffix(suffix) { return String(lower.dropLast(2)) }
        return lower
    }
}
