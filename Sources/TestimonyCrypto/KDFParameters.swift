internal import CSodium

/// Argon2id parameters, stored next to every passphrase slot so they can change later.
public struct KDFParameters: Equatable, Sendable, CustomStringConvertible {
    /// libsodium algorithm id; only Argon2id v1.3 (`crypto_pwhash_ALG_ARGON2ID13` = 2) is accepted.
    public var algorithm: Int32
    /// Passes over memory.
    public var opsLimit: UInt64
    /// Memory in bytes.
    public var memLimit: Int

    /// Creates parameters; check them with `validate` before use.
    public init(algorithm: Int32, opsLimit: UInt64, memLimit: Int) {
        self.algorithm = algorithm
        self.opsLimit = opsLimit
        self.memLimit = memLimit
    }

    /// The only accepted algorithm id.
    public static var argon2id13: Int32 { crypto_pwhash_alg_argon2id13() }

    /// libsodium MODERATE: 3 passes, 256 MiB (about 0.8 s here). The default.
    public static var moderate: KDFParameters {
        KDFParameters(
            algorithm: argon2id13, opsLimit: UInt64(crypto_pwhash_opslimit_moderate()),
            memLimit: Int(crypto_pwhash_memlimit_moderate()))
    }

    /// libsodium SENSITIVE: 4 passes, 1 GiB (about 5 s here).
    public static var sensitive: KDFParameters {
        KDFParameters(
            algorithm: argon2id13, opsLimit: UInt64(crypto_pwhash_opslimit_sensitive()),
            memLimit: Int(crypto_pwhash_memlimit_sensitive()))
    }

    /// libsodium INTERACTIVE: 2 passes, 64 MiB. Also the floor.
    public static var interactive: KDFParameters {
        KDFParameters(
            algorithm: argon2id13, opsLimit: UInt64(crypto_pwhash_opslimit_interactive()),
            memLimit: Int(crypto_pwhash_memlimit_interactive()))
    }

    /// Minimal Argon2id cost (1 pass, 8 KiB). Below the floor: accepted only in explicit test mode.
    public static var insecureTestOnly: KDFParameters {
        KDFParameters(
            algorithm: argon2id13, opsLimit: UInt64(crypto_pwhash_opslimit_min()),
            memLimit: Int(crypto_pwhash_memlimit_min()))
    }

    /// The lowest accepted cost (INTERACTIVE).
    public static var floor: KDFParameters { interactive }
    /// The highest accepted cost: 16 passes, 4 GiB (refuses headers crafted to exhaust memory).
    public static let ceiling = KDFParameters(algorithm: 2, opsLimit: 16, memLimit: 4 << 30)

    /// Checks these parameters against the floor and ceiling before any derivation runs.
    /// - Parameter allowBelowFloor: accept parameters under the floor (explicit test mode only).
    public func validate(allowBelowFloor: Bool) throws(CryptoError) {
        guard algorithm == Self.argon2id13 else {
            throw .kdfParametersRejected("unknown algorithm id \(algorithm) (expected Argon2id13 = \(Self.argon2id13))")
        }
        if opsLimit > Self.ceiling.opsLimit || memLimit > Self.ceiling.memLimit {
            throw .kdfParametersRejected("above the ceiling (\(self); at most \(Self.ceiling))")
        }
        let minimum = KDFParameters.insecureTestOnly
        if opsLimit < minimum.opsLimit || memLimit < minimum.memLimit {
            throw .kdfParametersRejected("below libsodium's minimum (\(self))")
        }
        if !allowBelowFloor && (opsLimit < Self.floor.opsLimit || memLimit < Self.floor.memLimit) {
            throw .kdfParametersRejected("below the floor (\(self); at least \(Self.floor))")
        }
    }

    /// Whether these parameters are below the floor.
    public var isBelowFloor: Bool { opsLimit < Self.floor.opsLimit || memLimit < Self.floor.memLimit }

    public var description: String { "Argon2id ops \(opsLimit), memory \(memLimit >> 10) KiB" }
}
