/// Errors from the vault database. Descriptions name files and ids, never content or SQL arguments.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No vault database at this path.
    case vaultNotFound(path: String)
    /// A vault already exists at this path.
    case vaultExists(path: String)
    /// The file exists but is not a readable vault database.
    case notAVault(path: String, reason: String)
    /// A safety pragma did not take the value the vault requires.
    case unsafePragma(name: String, value: String)
    /// A testimony id that is not in this vault.
    case unknownTestimony(id: String)
    /// A key slot id that is not in this vault.
    case unknownSlot(id: Int64)
    /// SQLite reported an error.
    case database(code: Int32, message: String)

    public var description: String {
        switch self {
        case .vaultNotFound(let path): "no vault at \(path) (create one with `testimony init`)"
        case .vaultExists(let path): "a vault already exists at \(path)"
        case .notAVault(let path, let reason): "\(path) is not a readable vault: \(reason)"
        case .unsafePragma(let name, let value): "database setting \(name) is \(value), refusing to continue"
        case .unknownTestimony(let id): "no testimony \(id) in this vault"
        case .unknownSlot(let id): "no key slot \(id) in this vault"
        case .database(let code, let message): "database error \(code): \(message)"
        }
    }
}
