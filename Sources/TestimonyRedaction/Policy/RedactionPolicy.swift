/// How each kind of span is replaced. The shipped default is `RedactionPolicy.default`; a vault can
/// override it with a YAML file of the same shape (docs/redaction.md).
public struct RedactionPolicy: Codable, Sendable, Equatable {
    /// Bumped whenever replacements change; approvals record the version they were made under.
    public var version: Int
    /// People without a known role; `{n}` numbers them in order of appearance within one testimony.
    public var person: String
    public var survivor: String
    public var offender: String
    public var family: String
    /// Places, generalised; `{region}` is filled for Finnish municipalities with a known region.
    public var place: String
    public var placeWithRegion: String
    /// Institutions by kind (school, sports_club, church, kindergarten, club, camp, hospital, care_home,
    /// youth_centre) and `default`.
    public var institutions: [String: String]
    /// Contacts and codes by span type (EMAIL, PHONE, …), and `default`.
    public var codes: [String: String]
    /// Dates: `year`, `month_year` or `suppress`.
    public var dates: String
    /// Ages: `band` (5-year band) or `suppress`.
    public var ages: String
    public var schoolClass: String
    public var event: String
    /// Anything else (unknown capitalised words, other known identifiers).
    public var other: String

    enum CodingKeys: String, CodingKey {
        case version, person, survivor, offender, family, place, institutions, codes, dates, ages, event, other
        case placeWithRegion = "place_with_region"
        case schoolClass = "school_class"
    }

    /// The shipped policy (mirrored in Policies/redaction-default.yaml).
    public static let `default` = RedactionPolicy(
        version: 1, person: "[PERSON {n}]", survivor: "[SURVIVOR]", offender: "[OFFENDER {n}]",
        family: "[FAMILY MEMBER {n}]", place: "[CITY]", placeWithRegion: "[CITY IN {region}]",
        institutions: [
            "school": "[SCHOOL]", "sports_club": "[SPORTS CLUB]", "church": "[PARISH]", "kindergarten": "[KINDERGARTEN]",
            "club": "[CLUB]", "camp": "[CAMP]", "hospital": "[HOSPITAL]", "care_home": "[CARE HOME]",
            "youth_centre": "[YOUTH CENTRE]", "authority": "[AUTHORITY]", "health_service": "[HEALTH SERVICE]",
            "default": "[ORGANISATION]",
        ],
        codes: [
            "EMAIL": "[EMAIL]", "URL": "[URL]", "HANDLE": "[HANDLE]", "PHONE": "[PHONE]", "NATIONAL_ID": "[ID NUMBER]",
            "IBAN": "[BANK ACCOUNT]", "CARD": "[CARD NUMBER]", "IP": "[IP ADDRESS]", "PLATE": "[VEHICLE]",
            "CASE_NUMBER": "[CASE NUMBER]", "ADDRESS": "[ADDRESS]", "POSTAL_CODE": "[POSTAL CODE AND TOWN]",
            "default": "[REDACTED]",
        ],
        dates: "year", ages: "band", schoolClass: "[SCHOOL CLASS]", event: "[EVENT]", other: "[REDACTED]")
}
