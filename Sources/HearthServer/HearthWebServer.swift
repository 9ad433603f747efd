import Foundation
import Hearth
import HearthStore
import Hummingbird
import Logging

/// Entry points for the `hearth` command: serve a county, and create demo users.
public enum HearthWebServer {
    /// Serves `county` (from an archive) until the process is stopped, keeping users, sessions and
    /// the audit log in `securityDatabase`: a SQLite file (usually the case store's) or the case
    /// store's PostgreSQL URL (see `SQLSecurityStore.open`). With no case store behind it, the
    /// import page shows findings but cannot store a return.
    public static func serve(county: County, securityDatabase: String, configuration: ServerConfiguration = .init()) async throws {
        try await serve(caseload: InMemoryCaseload(county: county), securityDatabase: securityDatabase, configuration: configuration)
    }

    /// Serves `county`, as read from `caseStore`, until the process is stopped; accepted imports are
    /// stored back into `caseStore` (which the caller closes afterwards).
    public static func serve(caseStore: CaseStore, county: County, securityDatabase: String,
                             configuration: ServerConfiguration = .init()) async throws {
        try await serve(caseload: StoredCaseload(store: caseStore, county: county), securityDatabase: securityDatabase,
                        configuration: configuration)
    }

    static func serve(caseload: any CaseloadSource, securityDatabase: String, configuration: ServerConfiguration) async throws {
        let store = try await SQLSecurityStore.open(securityDatabase)
        do {
            try await serve(caseload: caseload, store: store, configuration: configuration)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    public static func serve(caseload: any CaseloadSource, store: any SecurityStore, configuration: ServerConfiguration,
                             scorecard: any ScorecardSource = IndicatorsScorecard()) async throws {
        let web = try HearthWeb(caseload: caseload, store: store, configuration: configuration, scorecardSource: scorecard)
        var logger = Logger(label: "hearth.server")
        logger.logLevel = ProcessInfo.processInfo.environment["HEARTH_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .notice
        try await web.buildApplication(logger: logger).runService()
    }

    /// One user per role, scoped to the first worker, team and area that fit, each with a random
    /// password. Returns (name, role, password) for printing once; users that already exist are skipped.
    public static func createDemoUsers(store: any SecurityStore, county: County, cost: UInt8 = 12) async throws
        -> [(name: String, role: StaffRole, password: String)] {
        let day = county.extractDate
        let areaTeams = county.teams.filter { $0.area != nil }
        let worker = county.workers.first { w in w.employed.contains(day) && w.role == .socialWorker && areaTeams.contains { $0.id == w.team } }
            ?? county.workers.first
        let team = worker.map(\.team) ?? county.teams.first?.id
        let area = county.teams.first { $0.id == team }?.area ?? county.areas.first?.id
        var out: [(String, StaffRole, String)] = []
        for role in StaffRole.allCases {
            let name = "demo-" + role.rawValue
            if try await store.user(named: name) != nil { continue }
            let scope: StaffScope = switch role {
            case .socialWorker: StaffScope(worker: worker?.id, team: team)
            case .teamManager: StaffScope(team: team)
            case .areaManager: StaffScope(area: area)
            default: StaffScope()
            }
            let password = UserAdministration.generatePassword()
            try await UserAdministration.addUser(store, name: name, role: role, scope: scope, password: password, cost: cost)
            out.append((name, role, password))
        }
        return out
    }
}
