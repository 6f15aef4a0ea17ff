public import TestimonyModel

extension ConsentDecision {
    /// A decision made `today` on `scope`; a grant lapses after the scope's expiry.
    public static func decided(_ granted: Bool, scope: ConsentScope, today: String) -> ConsentDecision {
        let expires = granted ? scope.expiresAfterMonths.flatMap { Day.adding(months: $0, to: today) } : nil
        return ConsentDecision(granted: granted, decidedDay: today, expiresDay: expires)
    }
}
