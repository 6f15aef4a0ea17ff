public import TestimonyCrypto

/// Which Argon2id parameters new slots get, and whether parameters below the floor are accepted.
///
/// Below-floor parameters exist for tests only. They need the environment variable
/// `TESTIMONY_INSECURE_TEST_KDF` set to the exact phrase `KDFPolicy.testPhrase`, so no one turns
/// them on by accident; every command on such a vault warns on stderr.
public struct KDFPolicy: Sendable, Equatable {
    /// The environment variable that enables the insecure test KDF.
    public static let environmentVariable = "TESTIMONY_INSECURE_TEST_KDF"
    /// The exact value it must have.
    public static let testPhrase = "i-understand-this-vault-is-not-protected"

    /// Parameters for new passphrase slots.
    public var parameters: KDFParameters
    /// Whether stored parameters below the floor may be used.
    public var allowBelowFloor: Bool

    public init(parameters: KDFParameters, allowBelowFloor: Bool) {
        self.parameters = parameters
        self.allowBelowFloor = allowBelowFloor
    }

    /// The production policy: MODERATE (or `preset`), floor enforced.
    public static func standard(_ preset: KDFParameters = .moderate) -> KDFPolicy {
        KDFPolicy(parameters: preset, allowBelowFloor: false)
    }

    /// The test policy: minimal Argon2id cost, below-floor vaults accepted.
    public static let insecureForTests = KDFPolicy(parameters: .insecureTestOnly, allowBelowFloor: true)

    /// The policy for this process: the test policy only when the environment carries the exact phrase.
    public static func from(environment: [String: String], preset: KDFParameters = .moderate) -> KDFPolicy {
        environment[environmentVariable] == testPhrase ? .insecureForTests : .standard(preset)
    }
}
