import Foundation
import Testing
import TestimonyKit
import TestimonyRedaction
import TestimonyTestSupport

@Suite("Redaction policy files")
struct RedactionPolicyFileTests {
    @Test("Policies/redaction-default.yaml is exactly the built-in default")
    func shippedFileMatchesDefault() throws {
        let file = Fixtures.packageRoot.appendingPathComponent("Policies/redaction-default.yaml").path
        #expect(try RedactionSetup.policy(file: file) == RedactionPolicy.default)
    }

    @Test("a vault's redaction-policy.yaml overrides the default; --policy overrides both")
    func vaultOverride() throws {
        let dir = TemporaryDirectory()
        let shipped = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("Policies/redaction-default.yaml"), encoding: .utf8)
        dir.write(RedactionSetup.vaultPolicyFile, shipped.replacingOccurrences(of: "version: 1", with: "version: 7"))
        #expect(try RedactionSetup.policy(file: nil, vaultDirectory: dir.url).version == 7)
        let explicit = dir.write("explicit.yaml", shipped.replacingOccurrences(of: "version: 1", with: "version: 9"))
        #expect(try RedactionSetup.policy(file: explicit.path, vaultDirectory: dir.url).version == 9)
        #expect(try RedactionSetup.policy(file: nil, vaultDirectory: dir.path("elsewhere")) == .default)
    }

    @Test("a policy with a missing key is refused, naming the key")
    func missingKey() throws {
        let dir = TemporaryDirectory()
        let file = dir.write("bad.yaml", "version: 2\nperson: \"[P {n}]\"\n")
        let error = #expect(throws: (any Error).self) { try RedactionSetup.policy(file: file.path) }
        #expect(String(describing: error!).contains("survivor"))
    }
}
