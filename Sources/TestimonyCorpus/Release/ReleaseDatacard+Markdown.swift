extension ReleaseDatacard {
    /// Counts that only the writer knows, once the records are written.
    struct Counts {
        var excerpts: Int
        var responses: Int
        var responseRows: Int
        var templates: Int
        var tombstones: Int
    }

    /// The DATACARD.md text: deterministic, month precision, no host or user names.
    func markdown(releaseID: String, month: String, previous: String?, counts: Counts) -> String {
        var out = "# Testimony corpus release \(releaseID)\n\n"
        out += "- Published by: \(organisation)\n"
        out += "- Month: \(month)\n"
        out += "- Previous release MANIFEST SHA-256: \(previous ?? "none (first release)")\n\n"
        out += "## What it is\n\n"
        out += "Approved, anonymised material from survivors' testimonies, published for research under a "
        out += "data-use agreement. Every excerpt is a redacted derivative, not a verbatim statement.\n\n"
        out += "- `excerpts.jsonl`: \(counts.excerpts) excerpts\n"
        out += "- `responses.csv`: \(counts.responseRows) coded rows from \(counts.responses) responses\n"
        out += "- `codebook.json`: \(counts.templates) templates\n"
        out += "- `tombstones.jsonl`: \(counts.tombstones) withdrawn excerpts and responses (cumulative)\n\n"
        out += "Response ids and excerpt ids are unrelated random ids. Delete everything `tombstones.jsonl` "
        out += "names from every copy you keep, including earlier releases.\n\n"
        out += "## How it was anonymised\n\n"
        out += "- Quasi-identifiers generalised until every equivalence class has at least k = \(k) responses\n"
        out += "- Sensitive questions ℓ-diverse with ℓ = \(l)\n"
        for name in policyVersions.keys.sorted(by: ReleaseFiles.byteOrder) {
            out += "- Policy `\(name)` version \(policyVersions[name] ?? 0)\n"
        }
        out += "- Direct identifiers redacted automatically, then every excerpt approved by a human reviewer (as many as the template requires)\n\n"
        out += "## Consent basis\n\n\(consentBasis)\n\n"
        out += "## Known limits\n\n"
        if knownLimits.isEmpty { out += "- none stated\n" }
        for limit in knownLimits { out += "- \(limit)\n" }
        out += "\n## Citation\n\n\(citation) Release \(releaseID), \(month).\n\n"
        out += "## Verifying\n\n"
        out += "```sh\nsha256sum -c MANIFEST\nopenssl pkeyutl -verify -pubin -inkey corpus-signing.pem -rawin -in MANIFEST -sigfile MANIFEST.sig\n```\n"
        return out
    }
}
