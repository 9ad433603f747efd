/// Every route the server answers, and who may use it: the ONE place access is decided.
///
/// Handlers are registered through `Endpoint`, and registration looks the endpoint up here, so a
/// route cannot exist without an entry. `RouteTableTests` walks every entry × every role against a
/// live server and asserts allow or deny, and checks every API entry is in the OpenAPI document.
public enum Endpoint: String, CaseIterable, Sendable {
    case stylesheet, health
    case loginPage, loginSubmit, logout, home
    case childrenList, childrenCSV, childChronology, childChronologyCSV
    case activity, activityCSV
    case scorecard, scorecardCSV, indicator, indicatorCSV, indicatorChildren, indicatorChildrenCSV
    case uascImpact, uascImpactCSV, exceptions, exceptionsCSV, committeePack
    case importPage, importSubmit, importAccept, importCancel, importFindingsCSV
    case adminUsers, adminUsersCSV, adminUserCreate, adminAudit, adminAuditCSV
    case apiChildren, apiChild, apiActivity, apiScorecard, openAPI
}

public enum HTTPVerb: String, Sendable { case get = "GET", post = "POST" }

/// Who may use a route.
public enum Access: Sendable, Equatable {
    /// No sign-in: the login page, the stylesheet, the health check.
    case anyone
    /// Signed in with one of these roles.
    case roles(Set<StaffRole>)

    public func allows(_ role: StaffRole) -> Bool {
        switch self {
        case .anyone: true
        case .roles(let r): r.contains(role)
        }
    }
}

public enum RouteKind: Sendable { case page, api, asset }

public struct RouteEntry: Sendable {
    public let endpoint: Endpoint
    public let method: HTTPVerb
    /// Path in OpenAPI form: `{name}` marks a parameter.
    public let path: String
    public let access: Access
    public let kind: RouteKind
    public let summary: String
}

public enum RouteTable {
    static let caseRoles: Set<StaffRole> = [.socialWorker, .teamManager, .areaManager, .performanceAnalyst]
    static let aggregateRoles: Set<StaffRole> = caseRoles.union([.electedMember, .financeOfficer])
    static let everyone: Set<StaffRole> = Set(StaffRole.allCases)
    /// Imports are the performance analyst's (issue 6: "all child-level data read-only, plus imports and exports").
    static let importRoles: Set<StaffRole> = [.performanceAnalyst]

    public static let entries: [RouteEntry] = [
        .init(endpoint: .stylesheet, method: .get, path: "/assets/hearth.css", access: .anyone, kind: .asset, summary: "Stylesheet"),
        .init(endpoint: .health, method: .get, path: "/health", access: .anyone, kind: .asset, summary: "Liveness check"),
        .init(endpoint: .loginPage, method: .get, path: "/login", access: .anyone, kind: .page, summary: "Sign-in form"),
        .init(endpoint: .loginSubmit, method: .post, path: "/login", access: .anyone, kind: .page, summary: "Sign in"),
        .init(endpoint: .logout, method: .post, path: "/logout", access: .roles(everyone), kind: .page, summary: "Sign out"),
        .init(endpoint: .home, method: .get, path: "/", access: .roles(everyone), kind: .page, summary: "Start page"),
        .init(endpoint: .childrenList, method: .get, path: "/children", access: .roles(caseRoles), kind: .page,
              summary: "Children in the user's scope"),
        .init(endpoint: .childrenCSV, method: .get, path: "/children.csv", access: .roles(caseRoles), kind: .page,
              summary: "Children in the user's scope as CSV"),
        .init(endpoint: .childChronology, method: .get, path: "/children/{id}", access: .roles(caseRoles), kind: .page,
              summary: "A child's chronology"),
        .init(endpoint: .childChronologyCSV, method: .get, path: "/children/{id}/chronology.csv", access: .roles(caseRoles),
              kind: .page, summary: "A child's chronology as CSV"),
        .init(endpoint: .activity, method: .get, path: "/activity", access: .roles(aggregateRoles), kind: .page,
              summary: "Activity table by unit"),
        .init(endpoint: .activityCSV, method: .get, path: "/activity.csv", access: .roles(aggregateRoles), kind: .page,
              summary: "Activity table as CSV"),
        .init(endpoint: .scorecard, method: .get, path: "/scorecard", access: .roles(aggregateRoles), kind: .page,
              summary: "Scorecard for a month, unit and cohort"),
        .init(endpoint: .scorecardCSV, method: .get, path: "/scorecard.csv", access: .roles(aggregateRoles), kind: .page,
              summary: "Scorecard as CSV"),
        .init(endpoint: .indicator, method: .get, path: "/indicators/{id}", access: .roles(aggregateRoles), kind: .page,
              summary: "One indicator: trend, breakdown by area and team"),
        .init(endpoint: .indicatorCSV, method: .get, path: "/indicators/{id}/breakdown.csv", access: .roles(aggregateRoles),
              kind: .page, summary: "An indicator's breakdown by area and team, and its trend, as CSV"),
        .init(endpoint: .indicatorChildren, method: .get, path: "/indicators/{id}/children", access: .roles(caseRoles), kind: .page,
              summary: "The children behind an indicator, within the user's scope"),
        .init(endpoint: .indicatorChildrenCSV, method: .get, path: "/indicators/{id}/children.csv", access: .roles(caseRoles),
              kind: .page, summary: "The children behind an indicator, within the user's scope, as CSV"),
        .init(endpoint: .uascImpact, method: .get, path: "/uasc-impact", access: .roles(aggregateRoles), kind: .page,
              summary: "Selected indicators with and without UASC"),
        .init(endpoint: .uascImpactCSV, method: .get, path: "/uasc-impact.csv", access: .roles(aggregateRoles), kind: .page,
              summary: "Selected indicators with and without UASC, as CSV"),
        .init(endpoint: .exceptions, method: .get, path: "/exceptions", access: .roles(aggregateRoles), kind: .page,
              summary: "Exception reports for Red indicators"),
        .init(endpoint: .exceptionsCSV, method: .get, path: "/exceptions.csv", access: .roles(aggregateRoles), kind: .page,
              summary: "Exception reports for Red indicators, their trends as CSV"),
        .init(endpoint: .committeePack, method: .get, path: "/committee-pack", access: .roles(aggregateRoles), kind: .page,
              summary: "Printable committee pack"),
        .init(endpoint: .importPage, method: .get, path: "/import", access: .roles(importRoles), kind: .page,
              summary: "Upload a 903 return or CIN census"),
        .init(endpoint: .importSubmit, method: .post, path: "/import", access: .roles(importRoles), kind: .page,
              summary: "Upload a return and review its reading and DfE validation findings (nothing stored yet)"),
        .init(endpoint: .importAccept, method: .post, path: "/import/accept", access: .roles(importRoles), kind: .page,
              summary: "Accept a reviewed upload: store it in the case store in one transaction"),
        .init(endpoint: .importFindingsCSV, method: .get, path: "/import/findings.csv", access: .roles(importRoles), kind: .page,
              summary: "The findings of the user's latest upload (reading and DfE validation) as CSV"),
        .init(endpoint: .importCancel, method: .post, path: "/import/cancel", access: .roles(importRoles), kind: .page,
              summary: "Cancel a reviewed upload: delete its files, store nothing"),
        .init(endpoint: .adminUsers, method: .get, path: "/admin/users", access: .roles([.administrator]), kind: .page,
              summary: "Users and roles"),
        .init(endpoint: .adminUsersCSV, method: .get, path: "/admin/users.csv", access: .roles([.administrator]), kind: .page,
              summary: "Users and roles as CSV"),
        .init(endpoint: .adminUserCreate, method: .post, path: "/admin/users", access: .roles([.administrator]), kind: .page,
              summary: "Add a user"),
        .init(endpoint: .adminAudit, method: .get, path: "/admin/audit", access: .roles([.administrator]), kind: .page,
              summary: "Audit log, filtered"),
        .init(endpoint: .adminAuditCSV, method: .get, path: "/admin/audit.csv", access: .roles([.administrator]), kind: .page,
              summary: "Audit log, filtered, as CSV"),
        .init(endpoint: .apiChildren, method: .get, path: "/api/v1/children", access: .roles(caseRoles), kind: .api,
              summary: "Children in the caller's scope"),
        .init(endpoint: .apiChild, method: .get, path: "/api/v1/children/{id}", access: .roles(caseRoles), kind: .api,
              summary: "A child's chronology"),
        .init(endpoint: .apiActivity, method: .get, path: "/api/v1/activity", access: .roles(aggregateRoles), kind: .api,
              summary: "Activity table by unit"),
        .init(endpoint: .apiScorecard, method: .get, path: "/api/v1/scorecard", access: .roles(aggregateRoles), kind: .api,
              summary: "Scorecard rows for a month, unit and cohort"),
        .init(endpoint: .openAPI, method: .get, path: "/api/openapi.json", access: .anyone, kind: .asset,
              summary: "This API's OpenAPI 3.1 document"),
    ]

    private static let byEndpoint: [Endpoint: RouteEntry] = {
        var m: [Endpoint: RouteEntry] = [:]
        for e in entries {
            precondition(m[e.endpoint] == nil, "Route table has two entries for \(e.endpoint)")
            m[e.endpoint] = e
        }
        return m
    }()

    /// The entry for `endpoint`; an endpoint without one stops the server at start-up.
    public static func entry(_ endpoint: Endpoint) -> RouteEntry {
        guard let e = byEndpoint[endpoint] else { preconditionFailure("No route table entry for \(endpoint)") }
        return e
    }

    /// Endpoints missing from the table (the test asserts this is empty).
    public static var missing: [Endpoint] { Endpoint.allCases.filter { byEndpoint[$0] == nil } }
}
