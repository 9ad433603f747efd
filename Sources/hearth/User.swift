import ArgumentParser
import Foundation
import Hearth
import HearthServer

/// `hearth user add NAME --role ROLE`: manages the people who sign in to `hearth serve`.
struct User: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage web users (kept in the database file beside the case data).",
        subcommands: [UserAdd.self]
    )
}

extension StaffRole: ExpressibleByArgument {}

struct UserAdd: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a user with a role; prints a random password (and, with --api-token, a token) once."
    )

    @Argument(help: "The user name they sign in with.")
    var name: String

    @Option(help: "One of: \(StaffRole.allCases.map(\.rawValue).joined(separator: ", ")).")
    var role: StaffRole

    @Option(help: "Worker id (social workers).")
    var worker: String?
    @Option(help: "Team id (social workers and team managers).")
    var team: String?
    @Option(help: "Area id (area managers).")
    var area: String?

    @Flag(help: "Also issue a bearer token for scripts using /api/v1.")
    var apiToken = false

    @Option(help: "SQLite file holding the users (default: $HEARTH_DATABASE_URL, else ./hearth.sqlite).")
    var database: String?

    func run() async throws {
        let path = try WebDatabase.sqlitePath(database)
        let store = try await SQLiteSecurityStore(path: path)
        let scope = StaffScope(worker: worker.map(WorkerID.init(rawValue:)), team: team.map(TeamID.init(rawValue:)),
                               area: area.map(AreaID.init(rawValue:)))
        let password = UserAdministration.generatePassword()
        do {
            let user = try await UserAdministration.addUser(store, name: name, role: role, scope: scope, password: password)
            print("Added \(user.name) as \(role.label) in \(path).")
            print("Password (shown once): \(password)")
            if apiToken {
                print("API token (shown once): \(try await UserAdministration.issueAPIToken(store, for: user, label: "cli"))")
            }
        } catch let e as StoreError {
            try await store.close()
            throw ValidationError(e.description)
        }
        try await store.close()
    }
}

/// Where the web tables live: the same SQLite file as the case store.
enum WebDatabase {
    static func sqlitePath(_ option: String?) throws -> String {
        let raw = option ?? ProcessInfo.processInfo.environment["HEARTH_DATABASE_URL"] ?? "hearth.sqlite"
        if raw.hasPrefix("postgres://") || raw.hasPrefix("postgresql://") {
            throw ValidationError("web users, sessions and the audit log are kept in SQLite for now; give --database a SQLite file path")
        }
        return raw.hasPrefix("sqlite://") ? String(raw.dropFirst("sqlite://".count)) : raw
    }
}
