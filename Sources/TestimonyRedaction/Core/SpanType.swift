/// What a redacted span is.
public enum SpanType: String, Sendable, CaseIterable, Codable, Comparable {
    case person = "PERSON"
    case place = "PLACE"
    case org = "ORG"
    case email = "EMAIL"
    case url = "URL"
    case handle = "HANDLE"
    case phone = "PHONE"
    case nationalID = "NATIONAL_ID"
    case iban = "IBAN"
    case card = "CARD"
    case ipAddress = "IP"
    case plate = "PLATE"
    case caseNumber = "CASE_NUMBER"
    case address = "ADDRESS"
    case postalCode = "POSTAL_CODE"
    case date = "DATE"
    case age = "AGE"
    case schoolClass = "SCHOOL_CLASS"
    case event = "EVENT"
    case other = "OTHER"

    public static func < (a: SpanType, b: SpanType) -> Bool { a.rawValue < b.rawValue }

    /// The identifier class a span of this type has by default.
    public var defaultClass: IdentifierClass {
        switch self {
        case .date, .age, .schoolClass, .event: .quasi
        default: .direct
        }
    }
}
