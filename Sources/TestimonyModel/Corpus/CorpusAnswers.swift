/// A record's coded answers, in the record's order: a sequence of `CorpusAnswer`.
///
/// Made from a list, or, by the corpus store, from the stored `answers` cell itself (its JSON
/// bytes, `[["question","code"],…]`) when every string in it is printable ASCII without escapes.
/// Such a cell is checked once and its answers are read from the bytes as they are visited, so a
/// release, which visits each record once, makes no `String` and no array per answer; it can also
/// take the pairs as bytes (`withCell`, `pair(at:in:)`). Both forms are equal when their answers are, and encode
/// as the same JSON array.
public struct CorpusAnswers: Sequence, Sendable, Equatable, Codable, ExpressibleByArrayLiteral {
    fileprivate enum Storage: Sendable {
        case list([CorpusAnswer])
        /// A checked cell and its pair count.
        case cell([UInt8], count: Int)
    }

    fileprivate let storage: Storage

    public init(_ answers: [CorpusAnswer]) { storage = .list(answers) }

    public init(arrayLiteral answers: CorpusAnswer...) { storage = .list(answers) }

    /// The answers of `cell` (the bytes of a stored `answers` cell) if it is exactly
    /// `[["q","c"],…]` with no whitespace and every string printable ASCII (U+0020–U+007E) without
    /// `"` or `\`; nil for any other cell (decode it in full then).
    public init?(cell: [UInt8]) {
        guard let count = Self.pairCount(cell) else { return nil }
        storage = .cell(cell, count: count)
    }

    public var count: Int {
        switch storage {
        case .list(let answers): answers.count
        case .cell(_, let count): count
        }
    }

    public var isEmpty: Bool { count == 0 }

    /// The answers as an array.
    public var list: [CorpusAnswer] {
        switch storage {
        case .list(let answers): answers
        case .cell: Array(self)
        }
    }

    /// Calls `body` with the checked cell's bytes and returns its result, or returns nil (without
    /// calling it) for answers made from a list. In the bytes every string is plain printable
    /// ASCII: a pair is `["` question `","` code `"]`.
    public func withCell<Result>(_ body: ([UInt8]) throws -> Result) rethrows -> Result? {
        guard case .cell(let bytes, _) = storage else { return nil }
        return try body(bytes)
    }

    public func makeIterator() -> Iterator { Iterator(storage) }

    public struct Iterator: IteratorProtocol {
        fileprivate let storage: Storage
        private var index = 0
        /// In a cell: where the next pair's `[` is.
        private var position = 1

        fileprivate init(_ storage: Storage) { self.storage = storage }

        public mutating func next() -> CorpusAnswer? {
            switch storage {
            case .list(let answers):
                guard index < answers.count else { return nil }
                index += 1
                return answers[index - 1]
            case .cell(let bytes, let count):
                guard index < count else { return nil }
                index += 1
                let pair = CorpusAnswers.pair(at: position, in: bytes)
                position = pair.next
                return CorpusAnswer(
                    question: String(decoding: bytes[pair.question], as: UTF8.self),
                    code: String(decoding: bytes[pair.code], as: UTF8.self))
            }
        }
    }

    /// The pair whose `[` is at `position` in a checked cell (`withCell`'s bytes; the first pair's
    /// is at 1): where its question and code are, and where the next pair's `[` would be (past the
    /// end after the last pair). A pair is `["` question `","` code `"]`, then `,` or `]`.
    @inlinable  // called per answer from the release writer's module
    public static func pair(at position: Int, in bytes: [UInt8]) -> (question: Range<Int>, code: Range<Int>, next: Int) {
        let questionStart = position + 2
        let questionEnd = quote(after: questionStart, in: bytes)
        let codeStart = questionEnd + 3
        let codeEnd = quote(after: codeStart, in: bytes)
        return (questionStart..<questionEnd, codeStart..<codeEnd, codeEnd + 3)
    }

    /// The index of the first `"` at or after `start` (the cell is checked: there is one).
    @usableFromInline static func quote(after start: Int, in bytes: [UInt8]) -> Int {
        var k = start
        while bytes[k] != UInt8(ascii: "\"") { k += 1 }
        return k
    }

    /// The number of pairs in a cell of the plain shape, or nil.
    private static func pairCount(_ bytes: [UInt8]) -> Int? {
        let n = bytes.count
        guard n >= 2, bytes[0] == UInt8(ascii: "["), bytes[n - 1] == UInt8(ascii: "]") else { return nil }
        if n == 2 { return 0 }
        var k = 1
        var count = 0
        while true {
            // `["`
            guard k + 1 < n, bytes[k] == UInt8(ascii: "["), bytes[k + 1] == UInt8(ascii: "\"") else { return nil }
            guard let afterQuestion = plainString(bytes, from: k + 2) else { return nil }
            // `,"`
            k = afterQuestion
            guard k + 1 < n, bytes[k] == UInt8(ascii: ","), bytes[k + 1] == UInt8(ascii: "\"") else { return nil }
            guard let afterCode = plainString(bytes, from: k + 2) else { return nil }
            k = afterCode
            guard k < n, bytes[k] == UInt8(ascii: "]") else { return nil }
            count += 1
            k += 1
            guard k < n else { return nil }
            if bytes[k] == UInt8(ascii: "]") { return k == n - 1 ? count : nil }
            guard bytes[k] == UInt8(ascii: ",") else { return nil }
            k += 1
        }
    }

    /// Reads printable ASCII without `\` from `start` up to a `"`; the index after that quote.
    private static func plainString(_ bytes: [UInt8], from start: Int) -> Int? {
        var k = start
        while k < bytes.count {
            let byte = bytes[k]
            if byte == UInt8(ascii: "\"") { return k + 1 }
            if byte < 0x20 || byte > 0x7E || byte == UInt8(ascii: "\\") { return nil }
            k += 1
        }
        return nil
    }

    public static func == (a: CorpusAnswers, b: CorpusAnswers) -> Bool {
        a.count == b.count && a.elementsEqual(b)
    }

    public init(from decoder: any Decoder) throws {
        storage = .list(try [CorpusAnswer](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try list.encode(to: encoder)
    }
}
