/// The person templates of a policy (survivor, offender, family member, person, in that order) split around
/// their first "{n}", as bytes: worked out once per redactor instead of once per text.
struct NumberedTemplates: Sendable {
    /// Per template: the bytes before and after "{n}", or nil when it has none (then it is used as it is).
    let parts: [(before: [UInt8], after: [UInt8])?]
    let templates: [String]

    init(_ policy: RedactionPolicy) {
        templates = [policy.survivor, policy.offender, policy.family, policy.person]
        parts = templates.map { template in
            TemplateText.split(template, at: "{n}").map { (Array($0.0.utf8), Array($0.1.utf8)) }
        }
    }
}
