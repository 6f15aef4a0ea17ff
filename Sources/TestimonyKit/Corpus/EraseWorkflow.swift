public import TestimonyModel

/// `testimony erase ID`: full withdrawal. The corpus goes first (its records are tombstoned), then
/// the vault crypto-shreds the testimony. If the process dies in between, the testimony is still
/// there and erasing again finishes the job.
public enum EraseWorkflow {
    @discardableResult
    public static func erase(vault: UnlockedVault, id: String, corpus: (any CorpusStore)?) throws -> ConsentWorkflow.Retraction {
        let status = try vault.status(of: id)
        if status == .erased { return ConsentWorkflow.Retraction(records: 0, excerpts: 0) }
        let retraction = try ConsentWorkflow.retract(vault: vault, id: id, scope: "research_corpus", corpus: corpus)
        try vault.erase(id)
        return retraction
    }
}
