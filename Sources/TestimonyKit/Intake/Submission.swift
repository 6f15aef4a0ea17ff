import Foundation
public import TestimonyCrypto
public import TestimonyModel
public import TestimonyTemplates

/// Survivor-side sealing: the answers become one age envelope for the organisation's recipients.
/// Nothing readable stays on the device: the survivor's own device cannot open the envelope.
public enum Submission {
    /// Work factor of passphrase-sealed drafts (scrypt, 2^18: about a second).
    public static let draftWorkFactor = 18

    /// The envelope payload: the interchange JSON (as `import` reads it) plus `receipt_hash`.
    static func payload(_ document: TestimonyDocument, receiptHash: String) throws -> [UInt8] {
        let json = try InterchangeCodec.encode(document, format: .json)
        guard var object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw KitError.io("could not encode the submission")
        }
        object["receipt_hash"] = receiptHash
        return [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
    }

    /// Seals a finished testimony to the recipients.
    /// - Returns: the envelope bytes and the receipt code to show the survivor once.
    public static func seal(_ document: TestimonyDocument, to recipients: [String]) throws -> (envelope: [UInt8], receipt: String) {
        let receipt = ReceiptCode.generate()
        var plain = try payload(document, receiptHash: ReceiptCode.hash(receipt))
        defer { Memory.wipe(&plain) }
        return (try Age.encrypt(plain, to: recipients), receipt)
    }

    /// A sealed withdrawal request for the testimony with this receipt code.
    public static func withdrawal(receipt: String, to recipients: [String]) throws -> [UInt8] {
        var plain = [UInt8](try JSONSerialization.data(withJSONObject: ["withdraw": ["receipt": receipt]], options: [.sortedKeys]))
        defer { Memory.wipe(&plain) }
        return try Age.encrypt(plain, to: recipients)
    }

    /// A paused draft sealed with the survivor's own passphrase (age scrypt recipient).
    public static func sealDraft(_ document: TestimonyDocument, position: Int, passphrase: SecureBytes) throws -> [UInt8] {
        let json = try InterchangeCodec.encode(document, format: .json)
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw KitError.io("could not encode the draft")
        }
        var plain = [UInt8](try JSONSerialization.data(withJSONObject: ["draft": object, "position": position], options: [.sortedKeys]))
        defer { Memory.wipe(&plain) }
        return try Age.encrypt(plain, passphrase: passphrase, workFactor: draftWorkFactor)
    }

    /// Opens a draft sealed with `sealDraft`.
    public static func openDraft(_ file: [UInt8], passphrase: SecureBytes, catalog: TemplateCatalog) throws -> (TestimonyDocument, Int) {
        var plain: [UInt8]
        do {
            plain = try Age.decrypt(file, passphrase: passphrase, maxWorkFactor: 20)
        } catch {
            throw KitError.io("the draft does not open with this passphrase (or the file is damaged)")
        }
        defer { Memory.wipe(&plain) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(plain)) as? [String: Any],
            let draft = object["draft"], let position = object["position"] as? Int
        else { throw KitError.io("this file is not a testimony draft") }
        let data = try JSONSerialization.data(withJSONObject: draft)
        return (try Interchange.validate(data, catalog: catalog), position)
    }

    /// Reads recipients from `--to`: an `age1…` string, or a file with one per line (# comments allowed).
    public static func recipients(_ value: String) throws -> [String] {
        if value.hasPrefix("age1") {
            guard Age.isValidRecipient(value) else { throw KitError.io("\(value) is not a valid age recipient") }
            return [value]
        }
        guard let text = try? String(contentsOfFile: value, encoding: .utf8) else {
            throw KitError.io("--to must be an age1… recipient or a file of them; cannot read \(value)")
        }
        let list = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard !list.isEmpty else { throw KitError.io("\(value) lists no recipients") }
        for r in list where !Age.isValidRecipient(r) { throw KitError.io("\(value) has an invalid recipient line") }
        return list
    }
}
