import Foundation

/// Where the case data lives: an embedded SQLite file (the default, no setup) or a PostgreSQL
/// database named by URL (a large council, or a regional store pooling several councils).
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    case sqlite(path: String)
    case postgres(url: String)

    /// `./hearth.sqlite` in the current directory.
    public static let defaultPath = "hearth.sqlite"
    /// The environment variable that selects the store when `--database` is not given.
    public static let environmentVariable = "HEARTH_DATABASE_URL"

    /// Reads `postgres://…` / `postgresql://…` as PostgreSQL, `sqlite://PATH` or anything else as a
    /// SQLite file path.
    public init(_ text: String) {
        let lower = text.lowercased()
        if lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://") || lower.hasPrefix("postgres+") {
            self = .postgres(url: text)
        } else if lower.hasPrefix("sqlite://") {
            self = .sqlite(path: String(text.dropFirst("sqlite://".count)))
        } else {
            self = .sqlite(path: text)
        }
    }

    /// The store a command uses: `--database` if given, else `HEARTH_DATABASE_URL`, else `./hearth.sqlite`.
    public static func resolve(option: String?,
                               environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(option) }
        if let env = environment[environmentVariable], !env.isEmpty { return StoreLocation(env) }
        return .sqlite(path: defaultPath)
    }

    public var engine: StoreEngine {
        switch self {
        case .sqlite: return .sqlite
        case .postgres: return .postgres
        }
    }

    /// For messages: the path, or the URL with any password hidden.
    public var description: String {
        switch self {
        case .sqlite(let path): return path
        case .postgres(let url):
            guard var parts = URLComponents(string: url), parts.password != nil else { return url }
            parts.password = "***"
            return parts.string ?? "postgres://…"
        }
    }
}

public enum StoreEngine: String, Sendable {
    case sqlite = "SQLite"
    case postgres = "PostgreSQL"
}
