public import TestimonyModel

/// One line of `tombstones.jsonl`: `{"kind":"excerpt"|"response","id":"…","release":"r0004"}`, where
/// `release` is the first release that withdrew it. Downstream users must delete what it names.
public typealias ReleasedTombstone = CorpusTombstone
