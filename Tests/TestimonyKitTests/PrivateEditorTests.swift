import Foundation
import Testing
@testable import TestimonyKit
import TestimonyTestSupport

@Suite("Private editor directory")
struct PrivateEditorTests {
    static let ramBase = PrivateEditor.ramDirectory(environment: [:])

    @Test("the editor works in a 0700 RAM-backed directory that is gone afterwards", .enabled(if: ramBase != nil))
    func editsAndCleansUp() throws {
        let base = try #require(Self.ramBase)
        let scripts = TemporaryDirectory()
        // The editor notes its own directory: other tests may use the RAM directory at the same
        // time, so "nothing new in the base" would race; "this directory is gone" does not.
        let editor = scripts.write("editor.sh", """
            #!/bin/sh
            stat -c %a "$(dirname "$1")" > \(scripts.path("mode").path)
            dirname "$1" > \(scripts.path("dir").path)
            printf 'edited text\\n' >> "$1"
            echo swap > "$(dirname "$1")/.answer.txt.swp"
            """)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: editor.path)
        let text = try PrivateEditor.edit("first line\n", environment: ["EDITOR": editor.path])
        #expect(text == "first line\nedited text\n")
        #expect(try String(contentsOf: scripts.path("mode"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) == "700")
        let dir = try String(contentsOf: scripts.path("dir"), encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(dir.hasPrefix(base.path + "/"), "the file was edited inside the RAM-backed directory")
        #expect(!FileManager.default.fileExists(atPath: dir), "the editing directory and its swap file are gone")
    }

    @Test("a failing editor gives an error and its answer is not taken", .enabled(if: ramBase != nil))
    func failingEditor() throws {
        #expect(throws: KitError.self) { try PrivateEditor.edit("x", environment: ["EDITOR": "/bin/false"]) }
    }

    @Test("only tmpfs/ramfs directories count as RAM-backed")
    func ramDetection() {
        #expect(!PrivateEditor.isRAMBacked(Fixtures.packageRoot.path))
        #expect(!PrivateEditor.isRAMBacked("/definitely/not/here"))
    }
}
