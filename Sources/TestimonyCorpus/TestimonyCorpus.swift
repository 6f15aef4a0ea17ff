// The corpus module: disclosure checks (k-anonymity, ℓ-diversity, generalisation ladders), signed
// releases (write, verify, pull) and researcher tools (query, stats, report) over release
// directories. Signing and hashing go through TestimonyCrypto; storage through `CorpusStore`.
