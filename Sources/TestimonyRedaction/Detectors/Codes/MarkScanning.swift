/// A code detector that visits only the positions `CodeMarks` noted (digit-run starts, ":", "@", "_")
/// instead of walking every scalar: the pipeline makes the marks once per text, in the prefilter's pass,
/// and hands them to each of these detectors. `detect(in:)` makes its own.
protocol MarkScanning: Detector {
    func detect(in text: AnalyzedText, marks: CodeMarks) -> [Detection]
}
