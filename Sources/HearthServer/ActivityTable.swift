import Hearth

/// The "SCS Activity" table (spec scorecard §8.2): per unit, this month against last month.
///
/// Snapshot counts are taken on the last working day of the month (spec §2); "in last month"
/// counts are events dated in the calendar month. A child is counted in the team (and its area)
/// of their allocation on the snapshot day or event day, and always in the county row, so county
/// totals can exceed the sum of the areas, as in the published tables. A C&F assessment counts
/// in the month it was authorised (completed), the DfE census convention (unconfirmed for Kent).
public struct ActivityTable: Sendable {
    public struct Row: Sendable {
        public var unit: ReportingUnit
        public var name: String
        public var values: [Measure: Int]
    }

    public enum Measure: String, CaseIterable, Sendable {
        case casesThis, casesLast, referrals, assessments, cpThis, cpLast, cpStarts, cpEnds
        case lacThis, lacLast, uascThis, uascLast, lacStarts, lacEnds, pfThis, pfLast

        public var heading: String {
            switch self {
            case .casesThis: "Caseloads this month"
            case .casesLast: "Caseloads last month"
            case .referrals: "Referrals in month"
            case .assessments: "C&F assessments in month"
            case .cpThis: "CP plans this month"
            case .cpLast: "CP plans last month"
            case .cpStarts: "CP starts in month"
            case .cpEnds: "CP ends in month"
            case .lacThis: "Total LAC this month"
            case .lacLast: "Total LAC last month"
            case .uascThis: "UASC LAC this month"
            case .uascLast: "UASC LAC last month"
            case .lacStarts: "LAC starts in month"
            case .lacEnds: "LAC ends in month"
            case .pfThis: "PF cases this month"
            case .pfLast: "PF cases last month"
            }
        }
    }

    /// The month's snapshot day and the previous month's.
    public var snapshotDay: Day
    public var previousSnapshotDay: Day
    public var rows: [Row]

    public static func compute(county: County, month: Day, calendar: WorkingDayCalendar = .englandAndWales) -> ActivityTable {
        let snap = calendar.lastWorkingDay(ofMonthContaining: month)
        let prev = calendar.lastWorkingDay(ofMonthContaining: month.firstOfMonth.adding(days: -1))
        let from = month.firstOfMonth, to = month.lastOfMonth
        let units = ReportingUnit.all(in: county)
        var areaOf: [TeamID: AreaID] = [:]
        for t in county.teams { if let a = t.area { areaOf[t.id] = a } }
        var counts: [ReportingUnit: [Measure: Int]] = [:]
        for u in units { counts[u] = [:] }

        func add(_ m: Measure, _ child: ChildRecord, on day: Day) {
            counts[.county, default: [:]][m, default: 0] += 1
            guard let a = child.allocation(on: day) else { return }
            counts[.team(a.team), default: [:]][m, default: 0] += 1
            if let area = areaOf[a.team] { counts[.area(area), default: [:]][m, default: 0] += 1 }
        }
        func inMonth(_ d: Day?) -> Bool { d.map { $0 >= from && $0 <= to } ?? false }

        for child in county.children {
            for (day, openCase, cp, lac, uasc, pf) in [
                (snap, Measure.casesThis, Measure.cpThis, Measure.lacThis, Measure.uascThis, Measure.pfThis),
                (prev, .casesLast, .cpLast, .lacLast, .uascLast, .pfLast),
            ] {
                if child.allocation(on: day) != nil { add(openCase, child, on: day) }
                if child.protectionPlan(on: day) != nil { add(cp, child, on: day) }
                if child.isLookedAfter(on: day) {
                    add(lac, child, on: day)
                    if child.isUASC(on: day) { add(uasc, child, on: day) }
                }
                if child.privateFostering.contains(where: { $0.span.contains(day) }) { add(pf, child, on: day) }
            }
            for e in child.childInNeedEpisodes {
                if inMonth(e.referralDate) { add(.referrals, child, on: e.referralDate) }
                for a in e.assessments where inMonth(a.authorisationDate) { add(.assessments, child, on: a.authorisationDate!) }
                for p in e.protectionPlans {
                    if inMonth(p.span.start) { add(.cpStarts, child, on: p.span.start) }
                    if inMonth(p.span.end) { add(.cpEnds, child, on: p.span.end!.adding(days: -1)) }
                }
            }
            for p in child.periodsOfCare {
                if inMonth(p.span.start) { add(.lacStarts, child, on: p.span.start) }
                if inMonth(p.span.end) { add(.lacEnds, child, on: p.span.end!.adding(days: -1)) }
            }
        }
        let rows = units.map { Row(unit: $0, name: $0.name(in: county), values: counts[$0] ?? [:]) }
        return ActivityTable(snapshotDay: snap, previousSnapshotDay: prev, rows: rows)
    }
}
