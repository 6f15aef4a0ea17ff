/// The validated code and contact detectors, in one list for the pipeline.
public enum CodeDetectors {
    /// Every code and contact detector: contact details, national identifiers, financial codes, network
    /// addresses, plates, case numbers, addresses and postal codes, then the quasi-identifiers (dates,
    /// ages, school classes).
    public static let all: [any Detector] = [
        EmailDetector(),
        URLDetector(),
        HandleDetector(),
        PhoneDetector(),
        FinnishHetuDetector(),
        SwedishPersonnummerDetector(),
        IBANDetector(),
        PaymentCardDetector(),
        IPAddressDetector(),
        VehiclePlateDetector(),
        CaseNumberDetector(),
        StreetAddressDetector(),
        PostalCodeDetector(),
        DateDetector(),
        AgeDetector(),
        SchoolClassDetector(),
    ]
}

/// A code detector that walks word starts (`CodeScan.forEachWordStart`): the pipeline finds them once per
/// text and hands the same list to each of these detectors.
protocol WordStartScanning: Detector {
    func detect(in text: AnalyzedText, wordStarts: WordStarts?) -> [Detection]
}
