import ArgumentParser
import Foundation
import TestimonyKit

/// `--corpus PATH`, for commands that touch the corpus.
struct CorpusOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Corpus database file.",
            discussion: "Default: $TESTIMONY_CORPUS, else corpus.sqlite next to the vault directory.",
            valueName: "path"))
    var corpus: String?

    func url(_ vault: VaultOptions) -> URL {
        CorpusLocation.resolve(explicit: corpus, environment: ProcessInfo.processInfo.environment, vault: vault.url)
    }
}
