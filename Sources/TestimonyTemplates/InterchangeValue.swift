/// A JSON/YAML value of the interchange format, decoded without guessing types.
public indirect enum InterchangeValue: Sendable, Equatable, Codable {
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([InterchangeValue])
    case object([String: InterchangeValue])
    case null

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() {
            self = .null
        } else if let v = try? c.decode(Bool.self) {
            self = .bool(v)
        } else if let v = try? c.decode(Int.self) {
            self = .int(v)
        } else if let v = try? c.decode(Double.self) {
            self = .double(v)
        } else if let v = try? c.decode(String.self) {
            self = .string(v)
        } else if let v = try? c.decode([InterchangeValue].self) {
            self = .array(v)
        } else {
            self = .object(try c.decode([String: InterchangeValue].self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .bool(let v): try c.encode(v)
        case .int(let v): try c.encode(v)
        case .double(let v): try c.encode(v)
        case .string(let v): try c.encode(v)
        case .array(let v): try c.encode(v)
        case .object(let v): try c.encode(v)
        case .null: try c.encodeNil()
        }
    }

    /// A short name of the value's type, for error messages (never the value itself).
    var typeName: String {
        switch self {
        case .bool: "true/false"
        case .int: "a whole number"
        case .double: "a decimal number"
        case .string: "a text"
        case .array: "a list"
        case .object: "an object"
        case .null: "null"
        }
    }
}
