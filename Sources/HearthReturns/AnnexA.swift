import Foundation
import Hearth

/// One Annex A list as CSV: file name, Ofsted column names (returns.md §4) and rows.
public struct AnnexAList: Sendable, Hashable {
    public var number: Int
    public var fileName: String
    public var header: [String]
    public var rows: [[String]]
}

/// Ofsted Annex A lists 1 to 11 for an inspection date (returns.md §4), column names from the
/// Standard Safeguarding Dataset extract.
///
/// Choices (docs/returns.md): lists 1 and 3–7 cover the six months up to the inspection date; list
/// 8 holds children in care on the date and those who ceased in the six months before; list 9 care
/// leavers aged 17 to 21 on the date (relevant under 18, former relevant from 18); list 10
/// adoption journeys open at some time in the twelve months before. The model holds no early help
/// assessments or adopter records, so lists 2 and 11 are written with their columns and no rows.
/// Dates are dd/mm/yyyy; Gender uses the extract's a) Male, b) Female, c) Not stated.
public enum AnnexA {
    static let common = ["ChildUniqueID", "Gender", "Ethnicity", "DateOfBirth", "Age"]

    public static func lists(_ county: County, asOf date: Day) -> [AnnexAList] {
        let six = date.adding(months: -6), twelve = date.adding(months: -12)
        let teams = Dictionary(county.teams.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let workers = Dictionary(county.workers.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        func uk(_ d: Day?) -> String { d?.ukFormat ?? "" }
        func yesNo(_ b: Bool?) -> String { b.map { $0 ? "Yes" : "No" } ?? "" }
        func within(_ d: Day, _ from: Day) -> Bool { d >= from && d <= date }
        func base(_ c: ChildRecord) -> [String] {
            let gender: String
            switch c.sex(on: date)?.modern.rawValue {
            case "M": gender = "a) Male"
            case "F": gender = "b) Female"
            default: gender = "c) Not stated"
            }
            return [c.id.rawValue, gender, c.ethnicity.rawValue, uk(c.dateOfBirth), c.age(on: date).map(String.init) ?? ""]
        }
        func disability(_ c: ChildRecord) -> String { yesNo(c.disabilities.contains { $0 != .none }) }
        func allocation(_ c: ChildRecord, on day: Day) -> [String] {
            guard let a = c.allocation(on: day) else { return ["", ""] }
            return [teams[a.team] ?? a.team.rawValue, a.worker.map { workers[$0] ?? $0.rawValue } ?? ""]
        }

        var l1: [[String]] = [], l3: [[String]] = [], l4: [[String]] = [], l5: [[String]] = []
        var l6: [[String]] = [], l7: [[String]] = [], l8: [[String]] = [], l9: [[String]] = [], l10: [[String]] = []
        for c in county.children {
            for ct in c.contacts where within(ct.date, six) {
                l1.append(base(c) + [uk(ct.date), ct.source.rawValue])
            }
            let referrals = c.childInNeedEpisodes.map(\.referralDate)
            for e in c.childInNeedEpisodes {
                if within(e.referralDate, six) {
                    let prior = referrals.filter { $0 < e.referralDate && $0 >= e.referralDate.adding(months: -12) }.count
                    l3.append(base(c) + [uk(e.referralDate), e.referralSource.rawValue, yesNo(e.referralNFA), String(prior)]
                              + allocation(c, on: e.referralDate))
                }
                for a in e.assessments where within(a.startDate, six) || (a.authorisationDate.map { within($0, six) } ?? (a.startDate <= date)) {
                    let planned = e.childInNeedPlans.contains { $0.span.start >= a.startDate } || e.protectionPlans.contains { $0.span.start >= a.startDate }
                    let support: String = planned ? "Yes" : (e.closureReason == .rc8 || e.closureReason == .rc9) ? "No" : ""
                    l4.append(base(c) + [disability(c), uk(a.startDate), uk(a.childSeenDate), uk(a.authorisationDate.flatMap { $0 <= date ? $0 : nil }), support])
                }
                for s in e.section47Enquiries where within(s.startDate, six) {
                    let yearBefore = s.startDate.adding(months: -12)
                    let all = c.childInNeedEpisodes.flatMap(\.section47Enquiries)
                    let inPlan = s.conferenceDate.map { cd in e.protectionPlans.contains { $0.span.start == cd } }
                    l5.append(base(c) + [uk(s.startDate), yesNo(s.conferenceNotRequired), uk(s.conferenceDate.flatMap { $0 <= date ? $0 : nil }),
                                         s.conferenceDate == nil ? "" : yesNo(inPlan),
                                         String(all.filter { $0.startDate >= yearBefore && $0.startDate < s.startDate }.count),
                                         String(all.filter { ($0.conferenceDate.map { $0 >= yearBefore && $0 < s.startDate }) ?? false }.count)])
                }
                if e.span.overlaps(from: six, to: date) {
                    let seen = (e.childInNeedPlans.flatMap(\.visits) + e.protectionPlans.flatMap(\.visits)).filter { $0 <= date }.max()
                    let closed = e.closureDate.flatMap { $0 <= date ? $0 : nil }
                    l6.append(base(c) + [disability(c), uk(e.referralDate), e.primaryNeed.rawValue, uk(seen), uk(closed),
                                         closed == nil ? "" : (e.closureReason?.rawValue ?? ""), closed == nil ? "Open" : "Closed"])
                }
                for p in e.protectionPlans where p.span.overlaps(from: six, to: date) {
                    let ended = p.span.end.flatMap { $0 <= date ? $0 : nil }
                    l7.append(base(c) + [uk(p.span.start), p.initialCategory.rawValue, p.latestCategory.rawValue,
                                         uk(p.visits.filter { $0 <= date }.max()), "", uk(p.reviews.filter { $0 <= date }.max()),
                                         uk(ended), yesNo(within(p.span.start, six)), p.numberOfPreviousPlans.map(String.init) ?? ""])
                }
            }
            // List 8: in care on the date, or ceased in the six months before.
            if let period = c.periodsOfCare.last(where: { $0.span.contains(date) || ($0.span.end.map { within($0, six) } ?? false) }) {
                let onDay = period.span.contains(date) ? date : period.span.end!.adding(days: -1)
                let ls = period.legalStatus(on: onDay), pl = period.placement(on: onDay)
                let subsequent = c.periodsOfCare.contains { $0.span.start > period.span.start && $0.span.start >= twelve }
                let placements = period.placements.filter { $0.span.overlaps(from: twelve, to: date) && !$0.type.isTemporary }
                var moves = 0
                for (i, p) in placements.enumerated() where i == 0 || p.carer == nil || p.carer != placements[i - 1].carer { moves += 1 }
                let missing = c.missingEpisodes.filter { $0.span.overlaps(from: twelve, to: date) }
                let lastMissing = missing.filter { $0.kind == .m }.max { $0.span.start < $1.span.start }
                let ended = period.span.end.flatMap { $0 <= date ? $0 : nil }
                l8.append(base(c) + [yesNo(c.isUASC(on: onDay)), disability(c), uk(period.span.start), period.categoryOfNeed.rawValue,
                                     yesNo(subsequent), uk(ls?.span.start), ls?.status.rawValue ?? "",
                                     uk(period.reviews.map(\.date).filter { $0 <= date }.max()),
                                     uk(period.socialWorkerVisits.filter { $0 <= date }.max()), permanencePlan(c, period),
                                     uk(period.iroContacts.filter { $0 <= date }.max()),
                                     uk(period.healthAssessments.map(\.date).filter { $0 <= date }.max()),
                                     uk(period.dentalChecks.filter { $0 <= date }.max()), String(moves), uk(ended),
                                     ended == nil ? "" : (period.reasonEnded?.rawValue ?? ""), uk(pl?.span.start), pl?.type.rawValue ?? "",
                                     pl?.provider?.rawValue ?? "", pl?.postcode ?? "", pl?.urn ?? "",
                                     String(missing.filter { $0.kind == .m }.count), String(missing.filter { $0.kind == .a }.count),
                                     yesNo(lastMissing?.returnInterviewOffered), yesNo(lastMissing?.returnInterviewAccepted)]
                          + allocation(c, on: onDay))
            }
            // List 9: care leavers aged 17–21 on the date, not looked after.
            if let record = c.careLeaver, let age = c.age(on: date), OC3Cohort.ages.contains(age), !c.isLookedAfter(on: date) {
                let latest = record.contacts.filter { $0.date <= date }.max { $0.date < $1.date }
                let suitable = latest?.accommodation?.isSuitable
                l9.append(base(c) + [yesNo(c.wasEverUASC), disability(c)] + allocation(c, on: date)
                          + [record.personalAdviser.map { workers[$0] ?? $0.rawValue } ?? "", age < 18 ? "Relevant" : "Former relevant",
                             uk(record.pathwayPlanReviews.filter { $0 <= date }.max()), latest.map { $0.inTouch.isInTouch ? "Yes" : "No" } ?? "",
                             uk(latest?.date), latest?.accommodation.map { String($0.rawValue.prefix(1)) } ?? "",
                             suitable.map { $0 ? "Suitable" : "Unsuitable" } ?? "", latest?.activity?.rawValue ?? ""])
            }
            // List 10: adoption journeys open at some time in the twelve months before.
            for (k, j) in c.adoptions.enumerated() where j.decisionDate <= date
                && (j.adoptionOrderDate.map { $0 >= twelve } ?? true) && (j.decisionReversedDate.map { $0 >= twelve } ?? true) {
                let entered = c.periodsOfCare.last { $0.span.start <= j.decisionDate }?.span.start
                let ffa = c.periodsOfCare.flatMap(\.placements).first { ($0.type == .u2 || $0.type == .u5) && $0.span.start <= date }?.span.start
                l10.append(base(c) + ["\(c.id.rawValue)-\(k + 1)", disability(c), uk(entered), uk(j.decisionDate), uk(j.placementOrderDate),
                                      uk(j.matchedDate), uk(j.placedDate), uk(j.adoptionOrderDate), uk(j.decisionReversedDate),
                                      j.decisionReversedReason?.rawValue ?? "", uk(ffa)])
            }
        }
        return [
            AnnexAList(number: 1, fileName: "annex_a_list_01_contacts.csv", header: common + ["DateOfContact", "ContactSource"], rows: l1),
            AnnexAList(number: 2, fileName: "annex_a_list_02_early_help.csv",
                       header: common + ["AssessmentStartDate", "AssessmentCompletionDate", "OrganisationCompletingAssessment"], rows: []),
            AnnexAList(number: 3, fileName: "annex_a_list_03_referrals.csv",
                       header: common + ["ReferralDate", "ReferralSource", "ReferralNFA", "ReferralsLast12Months", "AllocatedTeam", "AllocatedWorker"], rows: l3),
            AnnexAList(number: 4, fileName: "annex_a_list_04_assessments.csv",
                       header: common + ["HasDisability", "ContinuousAssessmentStart", "ContinuousAssessmentChildSeen", "ContinuousAssessmentAuthDate", "CSCSupportRequired"], rows: l4),
            AnnexAList(number: 5, fileName: "annex_a_list_05_section47.csv",
                       header: common + ["StratDiscussionDate", "InitialCPConfUnnecessary", "InitialCPConfDate", "CPConfResultInCPPlan", "NumberS47s12m", "NumberICPCs12m"], rows: l5),
            AnnexAList(number: 6, fileName: "annex_a_list_06_children_in_need.csv",
                       header: common + ["HasDisability", "CINStartDate", "PrimaryNeedCode", "DateChildLastSeen", "CINClosureDate", "ReasonForClosure", "CaseStatus"], rows: l6),
            AnnexAList(number: 7, fileName: "annex_a_list_07_child_protection.csv",
                       header: common + ["ChildProtectionPlanStartDate", "InitialCategoryOfAbuse", "LatestCategoryOfAbuse", "DateOfLastStatutoryVisit",
                                         "ChildSeenAlone", "DateOfLatestReviewConf", "ChildProtectionPlanEndDate", "ProtectionLastSixMonths",
                                         "NumberOfPreviousChildProtectionPlans"], rows: l7),
            AnnexAList(number: 8, fileName: "annex_a_list_08_children_in_care.csv",
                       header: common + ["UASC", "HasDisability", "LookedAfterStartDate", "ChildCategoryOfNeed", "SubsequentLACEpisodeLast12Months",
                                         "MostRecentLegalStatusStart", "LegalStatus", "LatestStatutoryReviewDate", "LastSocialWorkVisitDate", "PermanencePlan",
                                         "LastIROVisitDate", "LastHealthAssessmentDate", "LastDentalCheckDate", "PlacementsLast12Months", "CeasedLookedAfterDate",
                                         "ReasonCeasedLookedAfter", "MostRecentPlacementStartDate", "PlacementType", "PlacementProvider", "PlacementPostcode",
                                         "PlacementURN", "EpisodesChildMissingFromPlacement", "EpisodesChildAbsentFromPlacement",
                                         "ChildOfferedReturnInterviewAfterLastMFH", "ChildAcceptedReturnInterviewAfterLastMFH", "AllocatedTeam", "AllocatedWorker"], rows: l8),
            AnnexAList(number: 9, fileName: "annex_a_list_09_care_leavers.csv",
                       header: common + ["UASC", "HasDisability", "AllocatedTeam", "AllocatedWorker", "AllocatedPersonalAdvisor", "EligibilityCategory",
                                         "LatestPathwayPlan", "LAInTouch", "LatestContact", "TypeOfAccommodation", "SuitabilityOfAccommodation", "ActivityStatus"], rows: l9),
            AnnexAList(number: 10, fileName: "annex_a_list_10_adoption.csv",
                       header: common + ["FamilyID", "HasDisability", "EnteredCareDate", "ADMSHOBPADecisionDate", "PlacementOrderDate", "MatchedForAdoptionDate",
                                         "PlacedForAdoptionDate", "AdoptionOrderDate", "DecisionReversedDate", "DecisionReversedReason", "DateFFAConsurrencyPlacement"], rows: l10),
            AnnexAList(number: 11, fileName: "annex_a_list_11_adopters.csv",
                       header: ["AdopterID", "Gender", "Ethnicity", "DateOfBirth", "Age", "HasDisability", "AdoptedByCarer", "EnquiryDate", "Stage1StartDate",
                                "Stage1EndDate", "Stage2StartDate", "Stage2EndDate", "ApplicationDate", "ApplicationApprDate", "MatchedDate", "PlacedDate",
                                "NumSiblingsPlaced", "AdoptionOrderDate", "AdoptionLeaveDate", "AdoptingLeaveReason"], rows: []),
        ]
    }

    /// The permanence plan as far as the record shows it: adoption once an agency decision stands,
    /// long-term fostering in a U1/U4 placement, otherwise blank.
    static func permanencePlan(_ c: ChildRecord, _ p: PeriodOfCare) -> String {
        if c.adoptions.contains(where: { p.span.contains($0.decisionDate) && $0.decisionReversedDate == nil }) { return "Adoption" }
        if let t = p.placements.last?.type, t == .u1 || t == .u4 { return "Long-term fostering" }
        return ""
    }

    public static func write(_ lists: [AnnexAList], to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for l in lists {
            try Data(CSVWriter.document(header: l.header, rows: l.rows)).write(to: URL(fileURLWithPath: directory).appendingPathComponent(l.fileName))
        }
    }
}
