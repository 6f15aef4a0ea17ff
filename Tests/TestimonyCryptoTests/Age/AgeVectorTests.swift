import Foundation
import Testing
import TestimonyTestSupport
@testable import TestimonyCrypto

/// The C2SP/CCTV age test vectors from `../shared/vectors/age`, one scenario per file.
@Suite("age: C2SP test vectors")
struct AgeVectorTests {
    static let directory = Fixtures.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/vectors/age")

    static var directoryExists: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// One parsed vector file.
    struct Vector {
        var name: String
        var expect: String
        var payload: String?
        var identities: [String] = []
        var passphrases: [String] = []
        var armored = false
        var file: [UInt8]

        init(name: String, contents: [UInt8]) throws {
            self.name = name
            let separator: [UInt8] = [0x0A, 0x0A]
            guard let split = contents.firstRange(of: separator) else {
                throw Inflate.Failure(description: "\(name): no blank line after the vector header")
            }
            var expect: String?
            var compressed = false
            for line in String(decoding: contents[..<split.lowerBound], as: UTF8.self).split(separator: "\n") {
                guard let colon = line.firstRange(of: ": ") else { continue }
                let key = String(line[..<colon.lowerBound])
                let value = String(line[colon.upperBound...])
                switch key {
                case "expect": expect = value
                case "payload": payload = value
                case "identity": identities.append(value)
                case "passphrase": passphrases.append(value)
                case "armored": armored = value == "yes"
                case "compressed": compressed = value == "zlib"
                default: break
                }
            }
            guard let expect else { throw Inflate.Failure(description: "\(name): no expect line") }
            self.expect = expect
            let body = Array(contents[split.upperBound...])
            file = compressed ? try Inflate.zlib(body) : body
        }
    }

    /// The vector suite's failure class for an error.
    static func failureClass(_ error: AgeError?) -> String {
        switch error {
        case nil: "success"
        case .noMatch: "no match"
        case .hmacFailure: "HMAC failure"
        case .headerFailure, .workFactorTooHigh: "header failure"
        case .payloadFailure: "payload failure"
        case .armorUnsupported: "armor failure"
        }
    }

    /// Why a vector is not run, or nil to run it.
    static func skipReason(_ vector: Vector) -> String? {
        if vector.armored { return "ASCII armor is not supported" }
        if vector.identities.contains(where: { $0.hasPrefix("AGE-SECRET-KEY-PQ-") }) {
            return "hybrid ML-KEM-768 + X25519 identities are not supported (libsodium 1.0.18)"
        }
        return nil
    }

    @Test(
        "every non-armored, non-hybrid vector decrypts or fails with the expected class",
        .enabled(if: directoryExists, "no ../shared/vectors/age directory next to the package"))
    func vectors() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { !$0.hasPrefix("README") && !$0.hasPrefix(".") }
            .sorted()
        #expect(!names.isEmpty)
        var passed: [String: Int] = [:]
        var failed: [String: Int] = [:]
        var skipped: [String: [String]] = [:]
        for name in names {
            let contents = try [UInt8](Data(contentsOf: Self.directory.appendingPathComponent(name)))
            let vector = try Vector(name: name, contents: contents)
            if let reason = Self.skipReason(vector) {
                skipped[reason, default: []].append(name)
                continue
            }
            var ok = true
            var identities: [AgeX25519Identity] = []
            for text in vector.identities {
                do {
                    identities.append(try AgeX25519Identity(encoded: Fixtures.secret(text)))
                } catch {
                    Issue.record("\(name): identity did not parse: \(error)")
                    ok = false
                }
            }
            var keys: [Age.UnwrapKey] = identities.map { .x25519($0) }
            keys += vector.passphrases.map { .passphrase(Fixtures.secret($0), maxWorkFactor: 22) }

            // Reference behaviour: class of the error, and what a streaming reader would release.
            let (released, error) = Age.decrypt(vector.file, keys: keys)
            let got = Self.failureClass(error)
            if got != vector.expect {
                Issue.record("\(name): expected \(vector.expect), got \(got) (\(error.map { "\($0)" } ?? "no error"))")
                ok = false
            }
            if vector.expect == "success" || vector.expect == "payload failure" {
                if let payload = vector.payload, SHA256.hex(released) != payload {
                    Issue.record("\(name): released plaintext hash does not match the vector")
                    ok = false
                }
            } else if !released.isEmpty {
                Issue.record("\(name): plaintext released before a header-stage failure")
                ok = false
            }

            // The public API: identical classification, and no plaintext at all on failure.
            // (Vectors with both kinds of key, or several passphrases, only go through the internal entry point.)
            let result: Result<[UInt8], AgeError>?
            if vector.passphrases.isEmpty {
                result = Result { () throws(AgeError) in try Age.decrypt(vector.file, identities: identities) }
            } else if identities.isEmpty && vector.passphrases.count == 1 {
                result = Result { () throws(AgeError) in
                    try Age.decrypt(vector.file, passphrase: Fixtures.secret(vector.passphrases[0]))
                }
            } else {
                result = nil
            }
            if let result {
                switch result {
                case .success(let plaintext):
                    if vector.expect != "success" || SHA256.hex(plaintext) != vector.payload {
                        Issue.record("\(name): public API returned plaintext for \(vector.expect)")
                        ok = false
                    }
                case .failure(let publicError):
                    if Self.failureClass(publicError) != vector.expect {
                        Issue.record("\(name): public API threw \(publicError), expected \(vector.expect)")
                        ok = false
                    }
                }
            }
            if ok { passed[vector.expect, default: 0] += 1 } else { failed[vector.expect, default: 0] += 1 }
        }
        var summary = "age vectors: \(passed.values.reduce(0, +)) passed, \(failed.values.reduce(0, +)) failed, "
        summary += "\(skipped.values.map(\.count).reduce(0, +)) skipped\n"
        for (expect, count) in passed.sorted(by: { $0.key < $1.key }) {
            summary += "  passed \(expect): \(count)\n"
        }
        for (expect, count) in failed.sorted(by: { $0.key < $1.key }) {
            summary += "  FAILED \(expect): \(count)\n"
        }
        for (reason, list) in skipped.sorted(by: { $0.key < $1.key }) {
            summary += "  skipped (\(reason)): \(list.count): \(list.joined(separator: ", "))\n"
        }
        print(summary)
        #expect(failed.isEmpty)
    }
}
