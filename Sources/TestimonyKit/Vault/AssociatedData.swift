import Foundation

/// Associated data binding every ciphertext to its place: vault, testimony, part, format and record version.
/// A blob moved to another row, testimony, part or vault fails authentication.
enum AssociatedData {
    /// Version of this associated-data layout and of the part encoding.
    static let formatVersion: UInt8 = 1

    static func slot(vaultID: Data, kind: String) -> [UInt8] {
        build("slot", vaultID: vaultID, fields: [kind], version: 0)
    }

    /// The data key is bound to its testimony and to the template id and version in the clear
    /// columns, so editing those columns makes the testimony fail its integrity check.
    static func dataKey(vaultID: Data, testimonyID: String, templateID: String, templateVersion: Int) -> [UInt8] {
        build("data-key", vaultID: vaultID, fields: [testimonyID, templateID], version: Int64(templateVersion))
    }

    static func intakeIdentity(vaultID: Data, recipient: String) -> [UInt8] {
        build("intake-identity", vaultID: vaultID, fields: [recipient], version: 0)
    }

    /// A corpus signing key's seed, bound to its public key (hex).
    static func signingKey(vaultID: Data, publicKeyHex: String) -> [UInt8] {
        build("signing-key", vaultID: vaultID, fields: [publicKeyHex], version: 0)
    }

    static func part(vaultID: Data, testimonyID: String, part: String, recordVersion: Int64) -> [UInt8] {
        build("part", vaultID: vaultID, fields: [testimonyID, part], version: recordVersion)
    }

    private static func build(_ purpose: String, vaultID: Data, fields: [String], version: Int64) -> [UInt8] {
        var out = Array("testimony/\(purpose)".utf8)
        out.append(0)
        out.append(formatVersion)
        out.append(UInt8(vaultID.count))
        out.append(contentsOf: vaultID)
        for field in fields {
            let bytes = Array(field.utf8)
            out.append(contentsOf: bigEndian(UInt64(bytes.count), width: 4))
            out.append(contentsOf: bytes)
        }
        out.append(contentsOf: bigEndian(UInt64(bitPattern: version), width: 8))
        return out
    }

    private static func bigEndian(_ value: UInt64, width: Int) -> [UInt8] {
        (0..<width).reversed().map { UInt8(truncatingIfNeeded: value >> (UInt64($0) * 8)) }
    }
}
