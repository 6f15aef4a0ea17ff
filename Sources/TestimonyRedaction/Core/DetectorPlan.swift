/// The detectors for one language with what each needs, worked out once per redactor instead of once
/// per text: the prefilter requirement (`CodePrefilter.requirement`) and how it is called (no dynamic cast
/// per text).
struct DetectorPlan: Sendable {
    struct Step: Sendable {
        /// How the redactor calls the detector: with the shared word starts, with the marks of the prefilter
        /// pass, or on the text alone.
        enum Call: Sendable {
            case wordStarts(any WordStartScanning)
            case marks(any MarkScanning)
            case plain(any Detector)
        }

        let call: Call
        let requirement: CodePrefilter
    }

    let steps: [Step]

    init(_ detectors: [any Detector]) {
        steps = detectors.map { detector in
            let call: Step.Call =
                if let scanning = detector as? any WordStartScanning { .wordStarts(scanning) }
                else if let marking = detector as? any MarkScanning { .marks(marking) }
                else { .plain(detector) }
            return Step(call: call, requirement: CodePrefilter.requirement(of: detector.name))
        }
    }
}
