/// Tagged storage encoding (inside the encrypted parts): `{"kind": "...", "value": ...}`.
extension Answer: Codable {
    enum CodingKeys: String, CodingKey { case kind, value }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .kind) {
        case "text": self = .text(try c.decode(String.self, forKey: .value))
        case "code": self = .code(try c.decode(String.self, forKey: .value))
        case "codes": self = .codes(try c.decode([String].self, forKey: .value))
        case "integer": self = .integer(try c.decode(Int.self, forKey: .value))
        case "month_year": self = .monthYear(try c.decode(String.self, forKey: .value))
        case "bool": self = .bool(try c.decode(Bool.self, forKey: .value))
        case "skipped": self = .skipped
        case "prefer_not_to_say": self = .preferNotToSay
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .kind, in: c, debugDescription: "unknown answer kind \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let v): try c.encode("text", forKey: .kind); try c.encode(v, forKey: .value)
        case .code(let v): try c.encode("code", forKey: .kind); try c.encode(v, forKey: .value)
        case .codes(let v): try c.encode("codes", forKey: .kind); try c.encode(v, forKey: .value)
        case .integer(let v): try c.encode("integer", forKey: .kind); try c.encode(v, forKey: .value)
        case .monthYear(let v): try c.encode("month_year", forKey: .kind); try c.encode(v, forKey: .value)
        case .bool(let v): try c.encode("bool", forKey: .kind); try c.encode(v, forKey: .value)
        case .skipped: try c.encode("skipped", forKey: .kind)
        case .preferNotToSay: try c.encode("prefer_not_to_say", forKey: .kind)
        }
    }
}
