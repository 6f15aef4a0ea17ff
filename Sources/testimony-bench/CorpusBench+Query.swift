import Foundation

extension CorpusBench {
    /// Filled in when the researcher tools land.
    static func query(release: URL, total: Int, baselineRate: Double) throws {}
}
