import Foundation
import Hearth
@testable import HearthStore

/// Hand-built counties for the store tests. `full` sets every field of every record kind to a
/// distinct non-default value, so a column written to or read from the wrong place shows up
/// as a round-trip difference.
enum Fixtures {
    static func full(council: String = "886", children count: Int = 3) -> County {
        var county = County(
            councilCode: council, name: "Fixture \(council)", extractDate: Day(2025, 3, 31),
            areas: [Area(id: "N", name: "North"), Area(id: "S", name: "South")],
            teams: [Team(id: "T1", name: "North CSWT", kind: .childrensSocialWork, area: "N", district: "Ashford"),
                    Team(id: "T2", name: "Children in Care", kind: .childrenInCare, area: nil)],
            workers: [Worker(id: "W1", name: "Ada Lovelace", team: "T1", role: .socialWorker, qualified: true,
                             employment: .permanent, fte: 0.8, employed: DaySpan(start: Day(2015, 1, 5))),
                      Worker(id: "W2", name: "Bo Peep", team: "T2", role: .teamManager, qualified: false,
                             employment: .agency, fte: 1.0 / 3.0, employed: DaySpan(start: Day(2016, 2, 1), end: Day(2024, 6, 30)))],
            posts: [Post(id: "P1", team: "T1", fte: 1.0, caseholding: true,
                         holders: [PostHolding(worker: "W1", span: DaySpan(start: Day(2015, 1, 5), end: Day(2020, 1, 1))),
                                   PostHolding(worker: "W2", span: DaySpan(start: Day(2020, 1, 1)))]),
                    Post(id: "P2", team: "T2", fte: 0.5, caseholding: false)],
            fosteringHouseholds: [FosteringHousehold(id: "C1", kind: .inHouse, supervisingWorker: "W2",
                                                     approved: DaySpan(start: Day(2010, 5, 5)), postcode: "CT1 1AA"),
                                  FosteringHousehold(id: "C2", kind: .independentAgency, supervisingWorker: nil,
                                                     approved: DaySpan(start: Day(2011, 5, 5), end: Day(2022, 1, 1)))],
            postcodes: ["CT11AA": GridReference(easting: 615_000, northing: 157_000),
                        "ME141AA": GridReference(easting: 575_900, northing: 155_800)])
        for i in 0..<count { county.children.append(child(i)) }
        return county
    }

    /// A child with every list non-empty and every optional set (varying with `i`).
    static func child(_ i: Int) -> ChildRecord {
        let dob = Day(2010, 1, 1).adding(days: i * 37 % 2000)
        let start = dob.adding(years: 5)
        var c = ChildRecord(
            id: ChildID("C\(1000 + i)"), sex: [SexRecord(.code1), SexRecord(.f, recorded: start.adding(days: 400))],
            dateOfBirth: dob, expectedDateOfBirth: dob.adding(days: -3), ethnicity: i % 2 == 0 ? .wbri : .bafr,
            upn: "A1234567890\(i % 10)", formerUPN: "B12345678901\(i % 10)", upnUnknown: .un2,
            disabilities: ["HAND", "HEAR"], uasc: [DaySpan(start: start, end: start.adding(days: 30))],
            dateOfDeath: nil, homePostcode: "ME14 1AA", isMother: i % 3 == 0, firstChildDateOfBirth: i % 3 == 0 ? dob.adding(years: 15) : nil)
        c.contacts = [Contact(date: start.adding(days: -10), source: "1A", ledToReferral: true),
                      Contact(date: start.adding(days: -5), source: "3E", ledToReferral: false)]
        c.childInNeedEpisodes = [ChildInNeedEpisode(
            id: "E\(i)", referralDate: start.adding(days: -5), referralSource: "3E", referralNFA: i % 2 == 1,
            primaryNeed: .n1, closureDate: start.adding(days: 300), closureReason: "RC1",
            assessments: [Assessment(id: "A\(i)", startDate: start.adding(days: -4), childSeenDate: start.adding(days: -3),
                                     authorisationDate: start.adding(days: 20), internalReviewDate: start.adding(days: 21),
                                     factors: ["2A", "3A"])],
            section47Enquiries: [Section47Enquiry(id: "S\(i)", startDate: start.adding(days: -2), childSeenDate: start.adding(days: -1),
                                                  conferenceTargetDate: start.adding(days: 13), conferenceDate: start.adding(days: 12),
                                                  conferenceNotRequired: false)],
            childInNeedPlans: [ChildInNeedPlan(span: DaySpan(start: start.adding(days: 200), end: start.adding(days: 290)),
                                               visits: [start.adding(days: 210), start.adding(days: 230)])],
            protectionPlans: [ChildProtectionPlan(id: "CPP\(i)", span: DaySpan(start: start.adding(days: 12), end: start.adding(days: 190)),
                                                  initialCategory: "NEG", latestCategory: "EMO", numberOfPreviousPlans: i % 4,
                                                  reviews: [start.adding(days: 100)], visits: [start.adding(days: 20), start.adding(days: 30)])])]
        let careStart = start.adding(days: 400)
        var period = PeriodOfCare.begin(id: "LAC\(i)", on: careStart, legalStatus: .c1,
                                        placement: PlacementSpan(span: DaySpan(start: careStart), type: "U4", provider: "PR1",
                                                                 carer: "C1", urn: "SC123456", postcode: "CT1 1AA",
                                                                 homePostcode: "ME14 1AA"), categoryOfNeed: .n2)
        try! period.changeLegalStatus(to: .c2, on: careStart.adding(days: 60))
        try! period.changePlacement(to: PlacementSpan(span: DaySpan(start: careStart), type: "K2", provider: "PR4"),
                                    on: careStart.adding(days: 90), reason: "CARPL")
        period.reviews = [CarePlanReview(date: careStart.adding(days: 20), participation: "PN1"),
                          CarePlanReview(date: careStart.adding(days: 110))]
        period.socialWorkerVisits = [careStart.adding(days: 5), careStart.adding(days: 40)]
        period.iroContacts = [careStart.adding(days: 15)]
        period.healthAssessments = [HealthAssessment(date: careStart.adding(days: 25), kind: .initial),
                                    HealthAssessment(date: careStart.adding(days: 200), kind: .review)]
        period.dentalChecks = [careStart.adding(days: 150)]
        period.initialHealthAssessmentReferral = careStart.adding(days: 3)
        period.personalEducationPlans = [careStart.adding(days: 50), careStart.adding(days: 140)]
        if i % 2 == 0 { try! period.end(on: careStart.adding(days: 500), reason: "E13") }
        c.periodsOfCare = [period]
        c.missingEpisodes = [MissingEpisode(kind: .m, span: DaySpan(start: careStart.adding(days: 70), end: careStart.adding(days: 72)),
                                            returnInterviewOffered: true, returnInterviewAccepted: false,
                                            returnInterviewCompleted: careStart.adding(days: 74))]
        c.careLeaver = CareLeaverRecord(contacts: [CareLeaverContact(date: careStart.adding(days: 600), inTouch: "YES",
                                                                     activity: "F1", accommodation: "B1")],
                                        pathwayPlanReviews: [careStart.adding(days: 610)], personalAdviser: "W1")
        c.adoptions = [AdoptionJourney(decisionDate: careStart.adding(days: 100), placementOrderDate: careStart.adding(days: 120),
                                       matchedDate: careStart.adding(days: 130), placedDate: careStart.adding(days: 140),
                                       adoptionOrderDate: nil, decisionReversedDate: careStart.adding(days: 160),
                                       decisionReversedReason: "RD1", byFosterCarer: false, numberOfAdopters: 2,
                                       adopterSex: "MF", adopterLegalStatus: "L0")]
        c.permanenceOrders = [PermanenceOrder(kind: .specialGuardianship, date: careStart.adding(days: 700))]
        c.previousPermanence = PreviousPermanence(kind: "P1", localAuthority: "NIR", date: "zz/zz/2015")
        c.privateFostering = [PrivateFosteringArrangement(span: DaySpan(start: dob.adding(days: 100), end: dob.adding(days: 200)),
                                                          visits: [dob.adding(days: 110)])]
        c.allocations = [CaseAllocation(team: "T1", worker: "W1", span: DaySpan(start: start.adding(days: -5), end: careStart)),
                         CaseAllocation(team: "T2", worker: nil, span: DaySpan(start: careStart), reason: "MANAGE")]
        c.audits = [CaseFileAudit(scheduled: Day(2024, 5, 1), completed: Day(2024, 5, 20), grade: .requiresImprovement, auditor: "W2"),
                    CaseFileAudit(scheduled: Day(2024, 8, 1))]
        c.documentGrades = [DocumentGrade(document: .carePlan, date: Day(2024, 6, 1), grade: .good)]
        c.annualOutcomes = [AnnualOutcome(year: CollectionYear(2023), sdqScore: 14, sdqReason: "SDQ1", convicted: false,
                                          healthCheck: true, immunisations: true, teethCheck: false, healthAssessment: true,
                                          substanceMisuse: false, interventionReceived: nil, interventionOffered: true)]
        return c
    }

    /// A county of `children` copies of the full child, for sizing imports.
    static func sized(council: String, children: Int, variant: Int = 0) -> County {
        var county = full(council: council, children: 0)
        county.name = "Sized \(council) v\(variant)"
        county.children = (0..<children).map { i in
            var c = child(i + variant)
            c.id = ChildID("K\(variant)-\(i)")
            return c
        }
        return county
    }

    /// A private scratch directory under the system temporary directory.
    static func scratchDirectory() -> String {
        let path = NSTemporaryDirectory() + "hearth-store-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
