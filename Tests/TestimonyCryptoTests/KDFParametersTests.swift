import Testing
@testable import TestimonyCrypto

/// Floor, ceiling and algorithm checks on stored Argon2id parameters.
@Suite("KDF parameters")
struct KDFParametersTests {
    static let mib = 1 << 20

    func isRejected(_ parameters: KDFParameters, allowBelowFloor: Bool) -> Bool {
        do {
            try parameters.validate(allowBelowFloor: allowBelowFloor)
            return false
        } catch {
            if case .kdfParametersRejected = error { return true }
            Issue.record("unexpected error \(error)")
            return false
        }
    }

    @Test("the named presets have libsodium's values")
    func presets() {
        #expect(KDFParameters.argon2id13 == 2)
        #expect(KDFParameters.interactive == KDFParameters(algorithm: 2, opsLimit: 2, memLimit: 64 * Self.mib))
        #expect(KDFParameters.moderate == KDFParameters(algorithm: 2, opsLimit: 3, memLimit: 256 * Self.mib))
        #expect(KDFParameters.sensitive == KDFParameters(algorithm: 2, opsLimit: 4, memLimit: 1024 * Self.mib))
        #expect(KDFParameters.floor == KDFParameters.interactive)
        #expect(KDFParameters.ceiling == KDFParameters(algorithm: 2, opsLimit: 16, memLimit: 4096 * Self.mib))
        #expect(KDFParameters.insecureTestOnly == KDFParameters(algorithm: 2, opsLimit: 1, memLimit: 8192))
    }

    @Test("moderate, sensitive, the floor and the ceiling itself pass")
    func acceptedPresets() throws {
        try KDFParameters.moderate.validate(allowBelowFloor: false)
        try KDFParameters.sensitive.validate(allowBelowFloor: false)
        try KDFParameters.interactive.validate(allowBelowFloor: false)
        try KDFParameters.ceiling.validate(allowBelowFloor: false)
    }

    @Test("below the floor is refused unless allowBelowFloor")
    func belowFloor() throws {
        let fewOps = KDFParameters(algorithm: KDFParameters.argon2id13, opsLimit: 1, memLimit: 64 * Self.mib)
        let littleMemory = KDFParameters(algorithm: KDFParameters.argon2id13, opsLimit: 2, memLimit: 64 * Self.mib - 1)
        for parameters in [fewOps, littleMemory, KDFParameters.insecureTestOnly] {
            #expect(parameters.isBelowFloor, "\(parameters)")
            #expect(isRejected(parameters, allowBelowFloor: false), "\(parameters)")
            #expect(!isRejected(parameters, allowBelowFloor: true), "\(parameters)")
        }
    }

    @Test("insecureTestOnly is below the floor; the presets are not")
    func isBelowFloor() {
        #expect(KDFParameters.insecureTestOnly.isBelowFloor)
        #expect(!KDFParameters.interactive.isBelowFloor)
        #expect(!KDFParameters.moderate.isBelowFloor)
        #expect(!KDFParameters.sensitive.isBelowFloor)
    }

    @Test("below libsodium's own minimum is refused even in test mode")
    func belowMinimum() {
        let noOps = KDFParameters(algorithm: KDFParameters.argon2id13, opsLimit: 0, memLimit: 64 * Self.mib)
        let tinyMemory = KDFParameters(algorithm: KDFParameters.argon2id13, opsLimit: 3, memLimit: 8191)
        #expect(isRejected(noOps, allowBelowFloor: true))
        #expect(isRejected(tinyMemory, allowBelowFloor: true))
    }

    @Test("above the ceiling is refused, ops and memory separately, even in test mode")
    func aboveCeiling() {
        let tooManyOps = KDFParameters(algorithm: KDFParameters.argon2id13, opsLimit: 17, memLimit: 64 * Self.mib)
        let tooMuchMemory = KDFParameters(algorithm: KDFParameters.argon2id13, opsLimit: 3, memLimit: (4 << 30) + 1)
        let absurd = KDFParameters(algorithm: KDFParameters.argon2id13, opsLimit: .max, memLimit: .max)
        for parameters in [tooManyOps, tooMuchMemory, absurd] {
            #expect(isRejected(parameters, allowBelowFloor: false), "\(parameters)")
            #expect(isRejected(parameters, allowBelowFloor: true), "\(parameters)")
        }
        // One step below each limit is fine.
        #expect(!isRejected(KDFParameters(algorithm: 2, opsLimit: 16, memLimit: 64 * Self.mib), allowBelowFloor: false))
        #expect(!isRejected(KDFParameters(algorithm: 2, opsLimit: 3, memLimit: 4 << 30), allowBelowFloor: false))
    }

    @Test("an algorithm id other than Argon2id13 is refused", arguments: [Int32(0), 1, 3, -1, 99])
    func wrongAlgorithm(algorithm: Int32) {
        let moderate = KDFParameters.moderate
        let parameters = KDFParameters(algorithm: algorithm, opsLimit: moderate.opsLimit, memLimit: moderate.memLimit)
        #expect(isRejected(parameters, allowBelowFloor: false))
        #expect(isRejected(parameters, allowBelowFloor: true))
    }

    @Test("the description states ops and memory in KiB")
    func description() {
        #expect(KDFParameters.moderate.description == "Argon2id ops 3, memory 262144 KiB")
    }
}
