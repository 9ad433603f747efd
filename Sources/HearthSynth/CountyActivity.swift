import Hearth

/// The Kent activity-table figures the synthetic county is calibrated against (scorecard.md
/// §8.4), counted from the records on one day. Used by `hearth demo`, the calibration test and
/// the benchmark.
///
/// Definitions (documented in docs/synthetic-county.md):
/// - open case: an open children-in-need episode, or looked after, or a care leaver aged
///   18–21 with a current allocation to the Care Leaver Service (the activity table's
///   caseloads include the service's 18+ cases);
/// - referrals: children-in-need episodes whose referral date is in the 12 months to the day;
/// - care leavers in touch: care leavers whose latest birthday contact in the 12 months to the
///   day recorded them as in touch (Kent id 32's numerator).
public struct CountyActivity: Sendable, Equatable {
    public var day: Day
    public var openCases = 0
    public var childrenInCare = 0
    public var uascInCare = 0
    public var protectionPlans = 0
    public var referralsInLast12Months = 0
    public var careLeaversInTouch = 0
    public var childInNeedPlans = 0
    public var careLeaverCases = 0
    public var unallocatedCases = 0
    public var privateFostering = 0

    public init(county: County, on day: Day? = nil) {
        let d = day ?? county.extractDate
        self.day = d
        let yearAgo = d.adding(years: -1)
        let leaverTeams = Set(county.teams.filter { $0.kind == .careLeavers }.map(\.id))
        for c in county.children {
            let inCare = c.isLookedAfter(on: d)
            let cin = c.openChildInNeedEpisode(on: d)
            var open = cin != nil || inCare
            let allocation = c.allocation(on: d)
            if c.careLeaver != nil, let a = allocation, leaverTeams.contains(a.team), let age = c.age(on: d), (18...21).contains(age) {
                open = true
                careLeaverCases += 1
            }
            if open {
                openCases += 1
                if allocation?.worker == nil { unallocatedCases += 1 }
            }
            if inCare {
                childrenInCare += 1
                if c.isUASC(on: d) { uascInCare += 1 }
            }
            if c.protectionPlan(on: d) != nil { protectionPlans += 1 }
            if let e = cin, e.childInNeedPlans.contains(where: { $0.span.contains(d) }) { childInNeedPlans += 1 }
            if c.privateFostering.contains(where: { $0.span.contains(d) }) { privateFostering += 1 }
            for e in c.childInNeedEpisodes where e.referralDate > yearAgo && e.referralDate <= d { referralsInLast12Months += 1 }
            if let leaver = c.careLeaver,
               let latest = leaver.contacts.last(where: { $0.date > yearAgo && $0.date <= d }), latest.inTouch.isInTouch {
                careLeaversInTouch += 1
            }
        }
    }

    /// The Kent Jan 2017 activity figures at scale 1 (scorecard.md §8.4, §5.2).
    public static let kentTargets: [(name: String, value: Double)] = [
        ("open cases", 9_300), ("children in care", 1_950), ("UASC in care", 550),
        ("CP plans", 1_140), ("referrals in last 12 months", 15_000), ("care leavers in touch", 1_200),
    ]

    /// The six calibration figures, in the order of `kentTargets`.
    public var calibrationFigures: [Int] {
        [openCases, childrenInCare, uascInCare, protectionPlans, referralsInLast12Months, careLeaversInTouch]
    }
}
