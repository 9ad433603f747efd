import Hearth
import Testing
@testable import HearthIndicators

@Suite struct QualityAndStaffingTests {
    static func auditCounty() -> County {
        func audit(_ scheduled: String, _ completed: String?, _ grade: QualityGrade?) -> CaseFileAudit {
            CaseFileAudit(scheduled: F.d(scheduled), completed: completed.map(F.d), grade: grade)
        }
        var c = F.child("q")
        c.audits = [
            audit("2016-03-01", "2016-03-20", .good), audit("2016-05-01", "2016-06-01", .outstanding),
            audit("2016-07-01", nil, nil), audit("2016-12-01", "2017-02-10", .good), audit("2017-01-05", "2017-01-20", .inadequate),
            audit("2016-01-15", "2016-02-10", .requiresImprovement), audit("2016-10-01", "2016-10-10", .good),
        ]
        func grade(_ doc: DocumentGrade.Document, _ date: String, _ g: QualityGrade) -> DocumentGrade {
            DocumentGrade(document: doc, date: F.d(date), grade: g)
        }
        c.documentGrades = [
            grade(.protectionConferenceReport, "2016-03-01", .good), grade(.protectionConferenceReport, "2016-04-01", .outstanding),
            grade(.protectionConferenceReport, "2016-05-01", .requiresImprovement), grade(.protectionConferenceReport, "2016-06-01", .inadequate),
            grade(.protectionConferenceReport, "2016-07-01", .good),
            grade(.carePlan, "2016-03-01", .good), grade(.carePlan, "2016-04-01", .good), grade(.carePlan, "2016-05-01", .requiresImprovement),
            grade(.carePlan, "2016-06-01", .good), grade(.carePlan, "2015-06-01", .inadequate),
        ]
        return F.county([c])
    }

    @Test func id36AuditsCompleted() {
        // Scheduled in the window: 6 (the January 2016 one is outside); completed by 31 Jan 2017: 4. 66.7% → Red (floor 92.25).
        expectIndicator(Self.auditCounty(), "36", numerator: 4, denominator: 6, value: 400.0 / 6, rag: .red)
    }

    @Test func id37AuditsGoodOrOutstanding() {
        // Completed in the window: Mar, Jun, Jan (inadequate), Feb 2016 (RI), Oct = 5; good or better 3. 60% = target → Green.
        expectIndicator(Self.auditCounty(), "37", numerator: 3, denominator: 5, value: 60, rag: .green)
    }

    @Test func id38AuditsInadequate() {
        // 1 of 5 = 20%: L, at or above derived floor 2.45 → Red.
        expectIndicator(Self.auditCounty(), "38", numerator: 1, denominator: 5, value: 20, rag: .red)
    }

    @Test func id39ConferenceReportsGood() {
        expectIndicator(Self.auditCounty(), "39", numerator: 3, denominator: 5, value: 60, rag: .red)
    }

    @Test func id40CarePlansGood() {
        // 4 graded in the window, 3 good: denominator 4 → no RAG.
        expectIndicator(Self.auditCounty(), "40", numerator: 3, denominator: 4, value: 75, rag: nil)
    }

    static let staff: [Worker] = {
        func w(_ id: String, _ team: TeamID, _ role: WorkerRole, qualified: Bool = true, _ employment: Employment = .permanent,
               fte: Double, left: String? = nil) -> Worker {
            Worker(id: WorkerID(id), name: id, team: team, role: role, qualified: qualified, employment: employment, fte: fte,
                   employed: DaySpan(start: F.d("2010-01-01"), end: left.map(F.d)))
        }
        return [
            w("W1", "N-CIC", .socialWorker, fte: 1.0), w("W2", "W-CIC", .seniorPractitioner, fte: 0.5),
            w("W3", "N-CSWT", .socialWorker, .agency, fte: 1.0), w("W5", "N-CIC", .teamManager, fte: 1.0),
            w("W6", "N-CIC", .socialWorker, qualified: false, fte: 1.0), w("W7", "N-CSWT", .socialWorker, fte: 1.0),
            w("W8", "N-CSWT", .socialWorker, fte: 0.8), w("W9", "FOST", .fosteringSocialWorker, fte: 1.0),
            w("W10", "FOST", .fosteringSocialWorker, fte: 0.5, left: "2016-12-01"),
        ]
    }()

    static func staffCounty() -> County {
        func allocated(_ id: String, _ team: TeamID, _ worker: WorkerID?) -> ChildRecord {
            F.child(id, allocations: [CaseAllocation(team: team, worker: worker, span: DaySpan(start: F.d("2016-01-01")))])
        }
        let children = (0..<10).map { allocated("nc\($0)", "N-CIC", "W1") } + (0..<5).map { allocated("wc\($0)", "W-CIC", "W2") }
            + [allocated("un", "N-CIC", nil)] + (0..<20).map { allocated("cs\($0)", "N-CSWT", $0 < 12 ? "W7" : "W8") }
        let posts = [
            Post(id: "P1", team: "N-CIC", fte: 1.0, caseholding: true, holders: [PostHolding(worker: "W1", span: DaySpan(start: F.d("2010-01-01")))]),
            Post(id: "P2", team: "W-CIC", fte: 0.5, caseholding: true, holders: [PostHolding(worker: "W2", span: DaySpan(start: F.d("2010-01-01")))]),
            Post(id: "P3", team: "N-CSWT", fte: 1.0, caseholding: true, holders: [PostHolding(worker: "W3", span: DaySpan(start: F.d("2010-01-01")))]),
            Post(id: "P4", team: "N-CSWT", fte: 1.0, caseholding: true),
            Post(id: "P5", team: "N-CIC", fte: 0.5, caseholding: false, holders: [PostHolding(worker: "W5", span: DaySpan(start: F.d("2010-01-01")))]),
        ]
        let households = (0..<6).map { i in
            FosteringHousehold(id: CarerID("H\(i)"), kind: .inHouse, supervisingWorker: "W9",
                               approved: DaySpan(start: F.d("2012-01-01"), end: i == 5 ? F.d("2016-06-01") : nil))
        }
        return F.county(children, workers: staff, posts: posts, households: households)
    }

    @Test func id41PostsHeldByPermanentQualifiedWorkers() {
        // Case-holding FTE 3.5; permanent qualified holders P1 (1.0) and P2 (0.5): 42.9% → Red (floor 77.15).
        expectIndicator(Self.staffCounty(), "41", numerator: 1.5, denominator: 3.5, value: 150 / 3.5, rag: .red)
    }

    @Test func id42PostsHeldByAgency() {
        expectIndicator(Self.staffCounty(), "42", numerator: 1.0, denominator: 3.5, value: 100 / 3.5, rag: .red)
    }

    @Test func id43CaseloadsInChildrenInCareTeams() {
        // 15 allocated cases over 1.5 FTE (W1, W2; the manager and the unqualified worker do not hold cases) = 10.0 → Green.
        expectIndicator(Self.staffCounty(), "43", numerator: 15, denominator: 1.5, value: 10, rag: .green)
        // West area alone: 5 cases over 0.5 FTE = 10.0; a small FTE is still rated.
        expectIndicator(Self.staffCounty(), "43", unit: .area("W"), numerator: 5, denominator: 0.5, value: 10, rag: .green)
    }

    @Test func id44CaseloadsInSocialWorkTeams() {
        // 20 cases over W7 + W8 = 1.8 FTE (W3 is agency but qualified, so holds cases too: 2.8 FTE) = 7.14 → Green.
        expectIndicator(Self.staffCounty(), "44", numerator: 20, denominator: 2.8, value: 20 / 2.8, rag: .green)
    }

    @Test func id45FosteringCaseloads() {
        // 5 approved households over W9 (1.0 FTE; W10 has left): 5.0 → Green.
        expectIndicator(Self.staffCounty(), "45", numerator: 5, denominator: 1.0, value: 5, rag: .green)
    }
}
