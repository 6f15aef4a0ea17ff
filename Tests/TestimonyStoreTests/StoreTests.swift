import Testing

/// Root of the store suites. Serialized because FileModeTests reads the process-wide umask.
@Suite("TestimonyStore", .serialized)
enum StoreTests {}
