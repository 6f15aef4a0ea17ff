/// Every validated code and contact detector (placeholder until the detectors land).
public enum CodeDetectors {
    public static let all: [any Detector] = []
}
