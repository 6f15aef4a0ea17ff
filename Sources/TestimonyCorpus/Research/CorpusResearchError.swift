/// Why a researcher tool refused a release directory or a request. Messages name files, line
/// numbers, question ids and options, never the text of an excerpt or a row.
public enum CorpusResearchError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The directory lacks one or more of the files the tools read.
    case notARelease(directory: String, missing: [String])
    /// A file could not be opened or read.
    case unreadable(file: String)
    /// Output could not be written (a full disk, a missing or read-only directory, a closed pipe).
    case unwritable(file: String)
    /// A line (or CSV record starting at that line) could not be parsed.
    case malformedLine(file: String, line: Int, reason: String)
    /// `responses.csv` is not sorted by `response_id`.
    case unsorted(file: String, line: Int)
    /// A question id that is neither in the codebook nor in the responses.
    case unknownQuestion(String)
    /// A filter or option the tools cannot use.
    case invalidOption(String)

    public var description: String {
        switch self {
        case .notARelease(let directory, let missing):
            "\(directory) is not a corpus release directory: missing \(missing.joined(separator: ", ")) "
                + "(expected the output of `testimony corpus release`)"
        case .unreadable(let file):
            "cannot read \(file)"
        case .unwritable(let file):
            "cannot write \(file), so the output is missing or incomplete: check that there is disk space and "
                + "that the place it goes exists and is writable (or choose another), then run the command again"
        case .malformedLine(let file, let line, let reason):
            "\(file):\(line): \(reason)"
        case .unsorted(let file, let line):
            "\(file):\(line): rows are not sorted by response_id"
        case .unknownQuestion(let id):
            "unknown question '\(id)': it is neither in codebook.json nor in responses.csv"
        case .invalidOption(let message):
            message
        }
    }
}
