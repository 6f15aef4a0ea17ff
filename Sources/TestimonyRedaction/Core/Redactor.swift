/// The redaction pipeline: plain text in, spans and redacted text out. No vault needed.
public struct Redactor: Sendable {
    public let language: RedactionLanguage?
    public let known: [KnownIdentifier]
    public let policy: RedactionPolicy
    let morphology: FinnishMorphology?
    let gazetteer: Gazetteer
    /// The detectors of `language`, built once (nil when the language is guessed per text).
    private(set) var plan: DetectorPlan?
    /// The policy's person templates split around "{n}", once.
    let numberedTemplates: NumberedTemplates

    public init(
        language: RedactionLanguage?, known: [KnownIdentifier] = [], policy: RedactionPolicy = .default,
        morphology: FinnishMorphology? = FinnishMorphology.shared, gazetteer: Gazetteer = .shared
    ) {
        self.language = language
        self.known = known
        self.policy = policy
        self.morphology = morphology
        self.gazetteer = gazetteer
        numberedTemplates = NumberedTemplates(policy)
        plan = language.map { DetectorPlan(detectors(for: $0)) }
    }

    /// Detectors of single name words, which yield to a named event, grade or date around them.
    static let nameDetectors: Set<String> = [
        "voikko-proper-noun", "gazetteer", "gazetteer-lowercase", "voikko-lowercase", "capitalised-unknown", "name-context",
    ]

    /// Detector priority when spans overlap: known identifiers, then validated codes, institutions,
    /// dictionary/gazetteer names, unknown capitalised words, quasi-identifiers.
    /// (Read in place from the array: a `Detection` passed by value was copied, retaining its Strings.)
    static func priority(_ detections: [Detection], _ k: Int) -> Int {
        // Every name below starts with one of these bytes: other detectors go to the default without
        // comparing Strings.
        switch detections[k].detector.utf8.first {
        case UInt8(ascii: "k"), UInt8(ascii: "i"), UInt8(ascii: "v"), UInt8(ascii: "g"), UInt8(ascii: "n"), UInt8(ascii: "c"): break
        default: return detections[k].identifierClass == .direct ? 5 : 0
        }
        return switch detections[k].detector {
        case "known": detections[k].confidence >= 1 ? 6 : 4  // a first name or initials alone yield to a longer institution name
        case "institution": 4
        case "voikko-proper-noun", "gazetteer": 3
        case "gazetteer-lowercase", "voikko-lowercase", "initials", "name-context": 2
        case "capitalised-unknown": 1
        default: detections[k].identifierClass == .direct ? 5 : 0
        }
    }

    /// The detectors for one language.
    func detectors(for language: RedactionLanguage) -> [any Detector] {
        [KnownIdentifierDetector(known: known, language: language, morphology: morphology)]
            + CodeDetectors.all
            + [
                UsernameDetector(), UKNationalInsuranceDetector(), UKPlateDetector(), StreetNameDetector(language: language, morphology: morphology),
                AgeContextDetector(language: language), GradeWordDetector(),
                EventDetector(language: language, morphology: morphology),
            ]
            + [
                InstitutionDetector(language: language, morphology: morphology, gazetteer: gazetteer),
                ProperNounDetector(language: language, morphology: morphology, gazetteer: gazetteer),
            ]
    }

    /// The detectors used for this redactor's language (English when not set).
    public func detectorList() -> [any Detector] {
        detectors(for: language ?? .en)
    }

    /// Redacts `text`.
    public func redact(_ text: String) -> RedactionResult {
        var allocator = PlaceholderAllocator(policy: policy, numberedTemplates: numberedTemplates)
        return redact(text, allocator: &allocator)
    }

    /// Redacts several texts of one testimony with one set of placeholders: "[PERSON 1]" is the same
    /// person in every answer.
    public func redact(_ texts: [String]) -> [RedactionResult] {
        var allocator = PlaceholderAllocator(policy: policy, numberedTemplates: numberedTemplates)
        return texts.map { redact($0, allocator: &allocator) }
    }

    func redact(_ text: String, allocator: inout PlaceholderAllocator) -> RedactionResult {
        let analyzed = AnalyzedText(text)
        let lang = language ?? LanguageGuess.guess(analyzed)
        var candidates: [Detection] = []
        candidates.reserveCapacity(64)
        // Detectors that need a digit, "@", "." … are skipped for a text without one.
        // (The same pass notes where digit runs start and where the ":", "@" and "_" are, for `MarkScanning`.)
        let marks = CodeMarks(analyzed.scalars)
        let features = marks.features
        var wordStarts: WordStarts?
        let steps = language == nil ? DetectorPlan(detectors(for: lang)).steps : plan?.steps ?? []
        // Steps are read by index, and each carries one existential (`for step in steps` copied three per step).
        for k in steps.indices where !features.isDisjoint(with: steps[k].requirement) {
            switch steps[k].call {
            case .wordStarts(let scanning):
                // Twelve code detectors share one list of word starts, found once per text (`WordStarts`).
                if wordStarts == nil { wordStarts = CodeScan.wordStarts(analyzed.scalars) }
                candidates.append(contentsOf: scanning.detect(in: analyzed, wordStarts: wordStarts))
            case .marks(let marking):
                candidates.append(contentsOf: marking.detect(in: analyzed, marks: marks))
            case .plain(let detector):
                candidates.append(contentsOf: detector.detect(in: analyzed))
            }
        }
        // Placeholders already in the text ("[PERSON 1]") stay as they are: redaction is idempotent.
        // (Only a text with a "[" can hold one: the prefilter's walk noted it.)
        let protected = features.contains(.bracket) ? Self.placeholderRanges(in: analyzed.scalars) : []
        if !protected.isEmpty {
            candidates.removeAll { d in protected.contains { $0.0 < d.end && d.start < $0.1 } }
        }
        Self.linkNicknames(&candidates, analyzed, known: known, gazetteer: gazetteer, language: lang)
        // A name word inside a named event, grade or date ("Hervanta Cupin", "Year 10", "14 June") yields to it:
        // its placeholder hides the word as well, and the whole quasi-identifier is generalised.
        // (Detections are read by index here and below: iterating an array of them, as `filter`, `contains(where:)`
        // and `for in` do, copied each one, retaining and releasing its Strings.)
        let nameDetectors = Self.nameDetectors
        var quasi: [(start: Int, end: Int, length: Int)] = []
        for k in candidates.indices where candidates[k].identifierClass == .quasi {
            let type = candidates[k].type
            if type == .event || type == .schoolClass || type == .date { quasi.append((candidates[k].start, candidates[k].end, candidates[k].length)) }
        }
        if !quasi.isEmpty {
            Self.remove(&candidates, at: candidates.indices.filter { k in
                let (start, end, length) = (candidates[k].start, candidates[k].end, candidates[k].length)
                return quasi.contains { $0.start <= start && end <= $0.end && $0.length > length } && nameDetectors.contains(candidates[k].detector)
            })
        }
        // A known place inside an institution's name ("Varkauden Vesikoissa" with Varkaus known) yields to the
        // institution, whose placeholder hides the place as well.
        if candidates.indices.contains(where: { candidates[$0].detector == "known" && candidates[$0].type == .place }) {
            let institutions = candidates.indices.filter { candidates[$0].detector == "institution" }.map { (candidates[$0].start, candidates[$0].end, candidates[$0].length) }
            Self.remove(&candidates, at: candidates.indices.filter { k in
                let (start, end, length) = (candidates[k].start, candidates[k].end, candidates[k].length)
                return candidates[k].detector == "known" && candidates[k].type == .place && institutions.contains { $0.0 <= start && end <= $0.1 && $0.2 > length }
            })
        }
        // National services ("Svenska kyrkan", "the Crown", "Kelalle") identify no one: kept unless known.
        let national = gazetteer.nationalOrgRanges(in: analyzed)
        if !national.isEmpty {
            Self.remove(&candidates, at: candidates.indices.filter { k in
                let (start, end) = (candidates[k].start, candidates[k].end)
                return candidates[k].detector != "known" && national.contains { $0.0 <= start && end <= $0.1 }
            })
        }
        var chosen = Self.resolve(&candidates)
        Self.trim(&chosen, analyzed.scalars)
        Self.mergeAdjacent(&chosen, analyzed.scalars)
        var spans: [RedactedSpan] = []
        spans.reserveCapacity(chosen.count)
        for k in chosen.indices {
            let range = analyzed.originalRange(chosen[k].start, chosen[k].end)
            spans.append(RedactedSpan(
                start: range.start, end: range.end, type: chosen[k].type, identifierClass: chosen[k].identifierClass,
                detector: chosen[k].detector, confidence: chosen[k].confidence, replacement: allocator.replacement(chosen, k)))
        }
        // A text that normalisation left as it was is sliced by byte offsets, without walking its scalar view.
        let scalars = analyzed.originalStart.isEmpty ? analyzed.scalars : nil
        return RedactionResult(original: text, language: lang, spans: spans, redacted: Self.apply(spans, to: text, scalars: scalars))
    }

    /// A nickname found on its own ("Bosse", "P-O", "Lasse") is the known person whose first name it
    /// shortens, when exactly one known person fits: same first letter, or the initials of a hyphenated
    /// first name ("P-O" for Per-Olof). That person's placeholder and role are used.
    static func linkNicknames(
        _ candidates: inout [Detection], _ text: AnalyzedText, known: [KnownIdentifier], gazetteer: Gazetteer, language: RedactionLanguage
    ) {
        let people = known.enumerated().filter { $0.element.kind == "person" }
        guard !people.isEmpty else { return }
        for k in candidates.indices where candidates[k].type == .person && candidates[k].detector != "known" {
            let word = text.text(candidates[k].start, candidates[k].end).lowercased()
            guard gazetteer.isNickname(word, language: language), let initial = word.unicodeScalars.first else { continue }
            let fits = people.filter { person in
                guard let first = person.element.value.lowercased().split(separator: " ").first else { return false }
                if word.contains("-") {
                    let initials = first.split(separator: "-").compactMap(\.first).map(String.init).joined(separator: "-")
                    return initials == word
                }
                return first.unicodeScalars.first == initial && first != word
            }
            guard fits.count == 1, let person = fits.first else { continue }
            candidates[k].entity = "known:\(person.offset)"
            candidates[k].role = person.element.role
        }
    }

    /// Ranges like "[PERSON 1]", "[CITY IN PIRKANMAA]", "[2019]": brackets around capitals, digits,
    /// spaces and light punctuation.
    public static func placeholderRanges(in scalars: [Unicode.Scalar]) -> [(Int, Int)] {
        var ranges: [(Int, Int)] = []
        var i = 0
        while i < scalars.count {
            if scalars[i] == "[" {
                var j = i + 1
                var hasUpperOrDigit = false
                while j < scalars.count, j - i < 60 {
                    let c = scalars[j]
                    if c == "]" { break }
                    if c.properties.isUppercase || Tokenizer.isDigit(c) { hasUpperOrDigit = true } else if !(c == " " || c == "," || c == "-" || c == "\u{2013}") {
                        break
                    }
                    j += 1
                }
                if j < scalars.count, scalars[j] == "]", hasUpperOrDigit {
                    ranges.append((i, j + 1))
                    i = j + 1
                    continue
                }
            }
            i += 1
        }
        return ranges
    }

    /// Removes the detections at `offsets` (ascending), keeping the others in order (as `removeAll(where:)`
    /// does), without copying any.
    static func remove(_ detections: inout [Detection], at offsets: [Int]) {
        guard let first = offsets.first else { return }
        var write = first
        var next = 0
        for k in first..<detections.count {
            if next < offsets.count, offsets[next] == k {
                next += 1
                continue
            }
            detections.moveSwap(write, k)
            write += 1
        }
        detections.removeLast(detections.count - write)
    }

    /// Neighbouring spans of one entity with only spaces between ("Virtasen Mikko") become one span.
    /// (Merged in place: the last kept detection is changed, later ones move up, none is copied.)
    static func mergeAdjacent(_ detections: inout [Detection], _ scalars: [Unicode.Scalar]) {
        guard detections.count > 1 else { return }
        var last = 0
        for k in 1..<detections.count {
            // The offsets compared before the entity keys.
            if detections[k].start > detections[last].end, detections[k].start - detections[last].end <= 2,
                detections[last].type == detections[k].type, detections[last].entity == detections[k].entity,
                (detections[last].end..<detections[k].start).allSatisfy({ scalars[$0] == " " || scalars[$0] == "\n" })
            {
                detections[last].end = detections[k].end
                detections[last].caseEnding = detections[k].caseEnding
            } else {
                last += 1
                detections.moveSwap(last, k)
            }
        }
        detections.removeLast(detections.count - last - 1)
    }

    /// Each detection without white space at its edges; those with nothing but spaces and punctuation left
    /// are dropped (in place, order kept).
    static func trim(_ detections: inout [Detection], _ scalars: [Unicode.Scalar]) {
        var write = 0
        for k in detections.indices {
            var start = detections[k].start
            var end = detections[k].end
            while start < end, isWhitespace(scalars[start]) || scalars[start] == "," { start += 1 }
            while end > start, isWhitespace(scalars[end - 1]) || scalars[end - 1] == "," { end -= 1 }
            guard (start..<end).contains(where: { Tokenizer.isLetter(scalars[$0]) || Tokenizer.isDigit(scalars[$0]) }) else { continue }
            detections[k].start = start
            detections[k].end = end
            if write != k { detections.moveSwap(write, k) }
            write += 1
        }
        detections.removeLast(detections.count - write)
    }

    /// `s.properties.isWhitespace`, without the property lookup for ASCII (tab to carriage return, space).
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 { return s.value == 0x20 || s.value &- 0x09 < 5 }
        return s.properties.isWhitespace
    }

    /// Replaces spans (original scalar offsets, sorted, disjoint) in `text`.
    public static func apply(_ spans: [RedactedSpan], to text: String) -> String {
        apply(spans, to: text, scalars: nil)
    }

    /// The same; `scalars`, when given, are the text's own scalars (normalisation changed nothing), so a
    /// span's byte offsets are summed from their UTF-8 widths and the text is sliced at those offsets
    /// instead of walking its scalar view.
    static func apply(_ spans: [RedactedSpan], to text: String, scalars: [Unicode.Scalar]?) -> String {
        guard !spans.isEmpty else { return text }
        if let scalars {
            var out = ""
            out.reserveCapacity(text.utf8.count)
            let bytes = text.utf8
            let view = text.unicodeScalars
            var scalar = 0
            var byte = 0
            var index = view.startIndex
            // As many bytes as scalars: every scalar is one byte (ASCII), and a scalar offset is a byte offset.
            let ascii = bytes.count == scalars.count
            /// Moves `byte` to the byte offset of scalar offset `target` (ahead of `scalar`).
            func advance(to target: Int) {
                if ascii {
                    byte = target
                    return
                }
                while scalar < target {
                    byte += UTF8.width(scalars[scalar])
                    scalar += 1
                }
            }
            for span in spans {
                advance(to: span.start)
                let start = bytes.index(bytes.startIndex, offsetBy: byte)
                out.append(contentsOf: Substring(view[index..<start]))  // scalar-exact, also inside NFD clusters
                out.append(contentsOf: span.replacement)
                advance(to: span.end)
                index = bytes.index(bytes.startIndex, offsetBy: byte)
            }
            out.append(contentsOf: Substring(view[index...]))
            return out
        }
        // One walk over the scalars to find the String indices, then whole slices are appended.
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let view = text.unicodeScalars
        var index = view.startIndex
        var offset = 0
        for span in spans {
            let start = view.index(index, offsetBy: span.start - offset)
            out.append(contentsOf: Substring(view[index..<start]))  // scalar-exact, also inside NFD clusters
            out.append(contentsOf: span.replacement)
            index = view.index(start, offsetBy: span.end - span.start)
            offset = span.end
        }
        out.append(contentsOf: Substring(view[index...]))
        return out
    }
}
