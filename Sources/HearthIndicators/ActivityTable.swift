import Hearth

/// The SCS activity table (scorecard §8.2): caseloads, referrals, assessments, CP plans, children in
/// care, UASC and private fostering by unit, this month against last. Each column is a count
/// definition evaluated by the same engine, so it drills down like any indicator.
public struct ActivityRow: Sendable {
    public var unit: ReportingUnit
    public var unitName: String
    public var caseloads: Change
    public var referrals: Int
    public var assessments: Int
    public var protectionPlans: Change
    public var protectionStarts: Int
    public var protectionEnds: Int
    public var lookedAfter: Change
    public var uascLookedAfter: Change
    public var careStarts: Int
    public var careEnds: Int
    public var privateFostering: Change

    public struct Change: Sendable, Equatable {
        public var thisMonth: Int
        public var lastMonth: Int
        public var change: Int { thisMonth - lastMonth }
    }

    /// The 21 published columns in order.
    public var columns: [Int] {
        [caseloads.thisMonth, caseloads.lastMonth, caseloads.change, referrals, assessments,
         protectionPlans.thisMonth, protectionPlans.lastMonth, protectionPlans.change, protectionStarts, protectionEnds,
         lookedAfter.thisMonth, lookedAfter.lastMonth, lookedAfter.change,
         uascLookedAfter.thisMonth, uascLookedAfter.lastMonth, uascLookedAfter.change, careStarts, careEnds,
         privateFostering.thisMonth, privateFostering.lastMonth, privateFostering.change]
    }

    public static let headers = [
        "Caseloads this month", "Caseloads last month", "Caseloads change", "Referrals in month", "C&F assessments in month",
        "CP plans this month", "CP plans last month", "CP plans change", "CP starts in month", "CP ends in month",
        "LAC this month", "LAC last month", "LAC change", "UASC LAC this month", "UASC LAC last month", "UASC LAC change",
        "LAC starts in month", "LAC ends in month", "PF cases this month", "PF cases last month", "PF cases change",
    ]
}

public enum ActivityTable {
    static func count(_ id: String, _ name: String, _ population: Population, _ rule: @escaping IndicatorDefinition.Rule = { _ in true })
        -> IndicatorDefinition {
        IndicatorDefinition(id: id, name: name, section: .childrenInCare, cohort: name, numerator: name, population: population,
                            period: population.isSnapshot ? .snapshot : .rolling12Months, unit: .count, polarity: .lower,
                            dataNeeded: [], counts: rule)
    }

    public static let openCases = count("ACT-CASES", "Open cases", .openCases)
    public static let referrals = count("ACT-REF", "Referrals", .referrals)
    public static let assessments = count("ACT-CFA", "C&F assessments completed", .assessmentsCompleted)
    public static let plans = count("ACT-CP", "Child protection plans", .protectionPlansOpen)
    public static let planStarts = count("ACT-CP-START", "CP plans started", .protectionPlansStarted)
    public static let planEnds = count("ACT-CP-END", "CP plans ended", .protectionPlansEnded)
    public static let lookedAfter = count("ACT-LAC", "Children looked after", .lookedAfter)
    public static let uasc = count("ACT-UASC", "UASC looked after", .lookedAfter) { s in s.child.isUASC(on: s.snapshot) }
    public static let careStarts = count("ACT-LAC-START", "Started to be looked after", .careStarted)
    public static let careEnds = count("ACT-LAC-END", "Ceased to be looked after", .careEnded)
    public static let privateFostering = count("ACT-PF", "Private fostering arrangements", .privateFosteringOpen)

    /// Rows for the council, each area and each team.
    public static func rows(_ engine: ScorecardEngine, month: ReportingMonth) -> [ActivityRow] {
        let index = engine.index
        let now = month.window(.snapshot, calendar: index.calendar)
        let last = month.previous.window(.snapshot, calendar: index.calendar)
        let inMonth = Window(start: month.firstDay, end: month.lastDay, snapshot: now.snapshot)
        func tallies(_ d: IndicatorDefinition, _ w: Window) -> UnitTallies { engine.tallies(d, w) }
        let t = (cases: (tallies(openCases, now), tallies(openCases, last)), ref: tallies(referrals, inMonth),
                 cfa: tallies(assessments, inMonth), cp: (tallies(plans, now), tallies(plans, last)),
                 cpS: tallies(planStarts, inMonth), cpE: tallies(planEnds, inMonth),
                 lac: (tallies(lookedAfter, now), tallies(lookedAfter, last)), ua: (tallies(uasc, now), tallies(uasc, last)),
                 lacS: tallies(careStarts, inMonth), lacE: tallies(careEnds, inMonth),
                 pf: (tallies(privateFostering, now), tallies(privateFostering, last)))
        let units: [(ReportingUnit, String)] = [(.council, index.county.name)]
            + index.county.areas.map { (.area($0.id), $0.name) } + index.county.teams.map { (.team($0.id), $0.name) }
        return units.enumerated().map { slot, u in
            func n(_ x: UnitTallies) -> Int { Int(x.all[slot].numerator) }
            func c(_ x: (UnitTallies, UnitTallies)) -> ActivityRow.Change { .init(thisMonth: n(x.0), lastMonth: n(x.1)) }
            return ActivityRow(unit: u.0, unitName: u.1, caseloads: c(t.cases), referrals: n(t.ref), assessments: n(t.cfa),
                               protectionPlans: c(t.cp), protectionStarts: n(t.cpS), protectionEnds: n(t.cpE),
                               lookedAfter: c(t.lac), uascLookedAfter: c(t.ua), careStarts: n(t.lacS), careEnds: n(t.lacE),
                               privateFostering: c(t.pf))
        }
    }
}
