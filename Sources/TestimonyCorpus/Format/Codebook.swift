/// `codebook.json`: every question that appears in the release, with its codes and labels.
public struct Codebook: Codable, Sendable, Equatable {
    public struct Label: Codable, Sendable, Equatable {
        public var en: String?
        public var fi: String?
        public var sv: String?

        public init(en: String? = nil, fi: String? = nil, sv: String? = nil) {
            self.en = en
            self.fi = fi
            self.sv = sv
        }
    }

    public struct Code: Codable, Sendable, Equatable {
        public var code: String
        public var label: Label

        public init(code: String, label: Label) {
            self.code = code
            self.label = label
        }
    }

    public struct Question: Codable, Sendable, Equatable {
        public var id: String
        /// Template question kind (`single_choice`, `scale`, `long_text`, …).
        public var kind: String
        /// `excerpt` (free text, in excerpts.jsonl), `coded` (in responses.csv) or `quasi` (a
        /// generalised quasi-identifier: in responses.csv and in every excerpt's metadata).
        public var role: String
        public var label: Label
        public var themes: [String]
        /// Codes in order; scales list every integer; generalised quasi codes list every ladder level.
        public var codes: [Code]
        /// Whether the template declares it sensitive (ℓ-diversity is enforced over it).
        public var sensitive: Bool

        public init(id: String, kind: String, role: String, label: Label, themes: [String], codes: [Code], sensitive: Bool) {
            self.id = id
            self.kind = kind
            self.role = role
            self.label = label
            self.themes = themes
            self.codes = codes
            self.sensitive = sensitive
        }
    }

    public struct Template: Codable, Sendable, Equatable {
        public var id: String
        public var version: Int
        public var title: Label
        public var questions: [Question]

        public init(id: String, version: Int, title: Label, questions: [Question]) {
            self.id = id
            self.version = version
            self.title = title
            self.questions = questions
        }
    }

    public var release: String
    public var templates: [Template]

    public init(release: String, templates: [Template]) {
        self.release = release
        self.templates = templates
    }
}
