import Hearth

/// Why the store refused an operation. Each case names what was wrong and with what value.
public enum StoreError: Error, Sendable, CustomStringConvertible {
    /// The database was written by a newer Hearth; running against it could lose data.
    case schemaTooNew(found: Int, supported: Int, location: String)
    /// The database is older than this build and was opened without upgrading.
    case schemaTooOld(found: Int, supported: Int, location: String)
    case cannotConnect(location: String, reason: String)
    case backupExists(path: String)
    case backupUnavailable(reason: String)
    case noSuchCouncil(String)
    case noSuchChild(council: String, child: ChildID)
    case childExists(council: String, child: ChildID)
    /// Someone else amended the record since it was read: no silent overwrites.
    case staleVersion(council: String, child: ChildID, expected: Int, found: Int)
    /// A stored row that cannot be turned back into the model.
    case corruptRow(table: String, detail: String)
    /// The change breaks one or more of the case model's invariants.
    case invalid(ModelViolations)
    /// The council's data was changed by another writer while it was being read in parts
    /// (parallel load retried and still saw changes, or a stream's later batch saw a newer county).
    case changedWhileReading(council: String)

    public var description: String {
        switch self {
        case let .schemaTooNew(found, supported, location):
            return "\(location): schema version \(found) is newer than this Hearth understands (\(supported)); upgrade Hearth, do not downgrade the database"
        case let .schemaTooOld(found, supported, location):
            return "\(location): schema version \(found) is older than this Hearth's (\(supported)); run `hearth db migrate`"
        case let .cannotConnect(location, reason):
            return "cannot open store \(location): \(reason)"
        case let .backupExists(path):
            return "backup file \(path) already exists; choose another name"
        case let .backupUnavailable(reason):
            return "cannot back up: \(reason)"
        case let .noSuchCouncil(code):
            return "no council \(code) in the store"
        case let .noSuchChild(council, child):
            return "council \(council): no child \(child)"
        case let .childExists(council, child):
            return "council \(council): child \(child) already exists; amend it instead"
        case let .staleVersion(council, child, expected, found):
            return "council \(council): child \(child) was changed by someone else (version \(found), you read version \(expected)); reload and reapply"
        case let .corruptRow(table, detail):
            return "table \(table): \(detail)"
        case let .changedWhileReading(council):
            return "council \(council) was changed by another writer while it was being read; read it again"
        case let .invalid(v):
            return "change refused:\n\(v.description)"
        }
    }
}
