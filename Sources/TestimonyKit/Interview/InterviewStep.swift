public import TestimonyTemplates

/// One step of an interview: a consent scope, a question, or the identifiers list.
public enum InterviewStep: Sendable, Equatable {
    case consent(ConsentScope)
    case question(Question, section: TemplateSection, firstInSection: Bool)
    case identifiers

    /// The steps of a template, in order: consent first, then every section, then identifiers.
    public static func steps(for template: Template) -> [InterviewStep] {
        var steps = template.consentScopes.map { InterviewStep.consent($0) }
        for section in template.sections {
            for (index, question) in section.questions.enumerated() {
                steps.append(.question(question, section: section, firstInSection: index == 0))
            }
        }
        steps.append(.identifiers)
        return steps
    }
}
