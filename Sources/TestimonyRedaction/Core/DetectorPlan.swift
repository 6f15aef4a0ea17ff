/// The detectors for one language with what each needs, worked out once per redactor instead of once
/// per text: the prefilter requirement (`CodePrefilter.requirement`) and whether it walks the shared word
/// starts (no dynamic cast per text).
struct DetectorPlan: Sendable {
    struct Step: Sendable {
        let detector: any Detector
        let scanning: (any WordStartScanning)?
        let marking: (any MarkScanning)?
        let requirement: CodePrefilter
    }

    let steps: [Step]

    init(_ detectors: [any Detector]) {
        steps = detectors.map { detector in
            Step(
                detector: detector, scanning: detector as? any WordStartScanning, marking: detector as? any MarkScanning,
                requirement: CodePrefilter.requirement(of: detector.name))
        }
    }
}
