import ArgumentParser
import Foundation
import Hearth
import HearthServer
import HearthStore

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

    @Option(help: "SQLite file or postgres:// URL holding the users: the case store's (default: $HEARTH_DATABASE_URL, else ./hearth.sqlite).")
    var database: String?

    func run() async throws {
        let location = WebDatabase.location(database)
        let path = WebDatabase.display(location)
        let store = try await SQLSecurityStore.open(location)
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
        } catch let e as HearthServer.StoreError {
            try await store.close()
            throw ValidationError(e.description)
        }
        try await store.close()
    }
}

/// Where the web tables live: beside the case data, in the same SQLite file or PostgreSQL
/// database (and `schema=`) as the case store.
enum WebDatabase {
    /// `--database` if given, else `HEARTH_DATABASE_URL`, else `./hearth.sqlite`, as for the case store.
    static func location(_ option: String?) -> String {
        switch StoreLocation.resolve(option: option) {
        case .sqlite(let path): path
        case .postgres(let url): url
        }
    }

    /// For messages: the path, or the URL with any password hidden.
    static func display(_ location: String) -> String { StoreLocation(location).description }
}
