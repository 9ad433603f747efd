import Hearth
import SQLKit
import PostgresKit
import SQLiteKit

/// Rebuilds the case model from table rows. Every table is read in primary-key order and
/// streamed row by row into the growing model (no intermediate result sets), so memory is
/// the model itself; on SQLite the key order is the storage order (WITHOUT ROWID).
struct CountyReader {
    let source: any RowSource
    let council: String
    /// Restricts the child tables to one child (for recording and the web pages).
    var child: ChildID?
    /// Restricts the child tables to the children whose ids fall in this key range (batched and
    /// parallel reading).
    var keys: ChildKeyRange?

    init(source: any RowSource, council: String, child: ChildID? = nil, keys: ChildKeyRange? = nil) {
        self.source = source; self.council = council; self.child = child; self.keys = keys
    }

    init(connection: Connection, council: String, child: ChildID? = nil) {
        self.init(source: connection, council: council, child: child)
    }

    /// The county's structure and every child in saved order, or nil when the council is not
    /// in the store.
    func county() async throws -> County? {
        guard var county = try await shell() else { return nil }
        county.children = try await children().sorted { $0.seq < $1.seq }.map(\.record)
        return county
    }

    /// The county without its children: council, areas, teams, workers, posts, fostering
    /// households and postcodes. Nil when the council is not in the store.
    func shell() async throws -> County? {
        let head = HeadAssembly()
        try await read(Schema.councils, order: "council_code", into: head) { f, h in
            h.county = County(councilCode: try f.text("council_code"), name: try f.text("name"),
                              extractDate: try f.day("extract_date"))
        }
        guard var county = head.county else { return nil }
        let s = StructureAssembly()
        try await read(Schema.areas, order: "seq", into: s) { f, s in
            s.county.areas.append(Area(id: AreaID(try f.text("area_id")), name: try f.text("name")))
        }
        try await read(Schema.teams, order: "seq", into: s) { f, s in
            guard let kind = TeamKind(rawValue: try f.text("kind")) else { throw f.bad("kind") }
            s.county.teams.append(Team(id: TeamID(try f.text("team_id")), name: try f.text("name"), kind: kind,
                                       area: try f.optText("area_id").map(AreaID.init), district: try f.optText("district")))
        }
        try await read(Schema.workers, order: "seq", into: s) { f, s in
            guard let role = WorkerRole(rawValue: try f.text("role")) else { throw f.bad("role") }
            guard let employment = Employment(rawValue: try f.text("employment")) else { throw f.bad("employment") }
            s.county.workers.append(Worker(
                id: WorkerID(try f.text("worker_id")), name: try f.text("name"), team: TeamID(try f.text("team_id")),
                role: role, qualified: try f.bool("qualified"), employment: employment, fte: try f.real("fte"),
                employed: try f.span("employed_start", "employed_end")))
        }
        try await read(Schema.posts, order: "seq", into: s) { f, s in
            s.county.posts.append(Post(id: PostID(try f.text("post_id")), team: TeamID(try f.text("team_id")),
                                       fte: try f.real("fte"), caseholding: try f.bool("caseholding")))
        }
        try await read(Schema.postHoldings, order: "post_seq, seq", into: s) { f, s in
            let p = try f.int("post_seq")
            guard s.county.posts.indices.contains(p) else { throw f.bad("post_seq") }
            s.county.posts[p].holders.append(PostHolding(worker: WorkerID(try f.text("worker_id")),
                                                         span: try f.span("start_day", "end_day")))
        }
        try await read(Schema.fosteringHouseholds, order: "seq", into: s) { f, s in
            guard let kind = FosterCarerKind(rawValue: try f.text("kind")) else { throw f.bad("kind") }
            s.county.fosteringHouseholds.append(FosteringHousehold(
                id: CarerID(try f.text("carer_id")), kind: kind,
                supervisingWorker: try f.optText("supervising_worker").map(WorkerID.init),
                approved: try f.span("approved_start", "approved_end"), postcode: try f.optText("postcode")))
        }
        try await read(Schema.postcodes, order: "postcode", into: s) { f, s in
            s.county.postcodes[try f.text("postcode")] = GridReference(easting: try f.int("easting"),
                                                                       northing: try f.int("northing"))
        }
        county.areas = s.county.areas; county.teams = s.county.teams; county.workers = s.county.workers
        county.posts = s.county.posts; county.fosteringHouseholds = s.county.fosteringHouseholds
        county.postcodes = s.county.postcodes
        return county
    }

    /// The council's children (or the one child, or those in the key range, asked for) with
    /// their versions and saved positions, in child key order.
    func children() async throws -> [ChildRow] {
        let a = ChildAssembly()
        try await read(Schema.children, order: "child_id", into: a) { f, a in
            var c = ChildRecord(id: ChildID(try f.text("child_id")))
            c.dateOfBirth = try f.optDay("date_of_birth")
            c.expectedDateOfBirth = try f.optDay("expected_date_of_birth")
            c.ethnicity = try f.code("ethnicity")
            c.upn = try f.optText("upn"); c.formerUPN = try f.optText("former_upn")
            c.upnUnknown = try f.optCode("upn_unknown")
            c.dateOfDeath = try f.optDay("date_of_death")
            c.homePostcode = try f.optText("home_postcode")
            c.isMother = try f.optBool("is_mother")
            c.firstChildDateOfBirth = try f.optDay("first_child_dob")
            if try f.bool("care_leaver") {
                c.careLeaver = CareLeaverRecord(personalAdviser: try f.optText("personal_adviser").map(WorkerID.init))
            }
            if let kind: PreviousPermanenceKind = try f.optCode("previous_permanence") {
                c.previousPermanence = PreviousPermanence(kind: kind, localAuthority: try f.optText("previous_permanence_la"),
                                                          date: try f.optText("previous_permanence_date"))
            }
            a.add(c, version: try f.int("version"), seq: try f.int("seq"))
        }
        try await read(Schema.sexRecords, order: "child_id, seq", into: a) { f, a in
            try a.with(f) { $0.sex.append(SexRecord(try f.code("sex"), recorded: try f.optDay("recorded"))) }
        }
        try await read(Schema.disabilities, order: "child_id, seq", into: a) { f, a in
            try a.with(f) { $0.disabilities.append(try f.code("disability")) }
        }
        try await read(Schema.uascSpans, order: "child_id, seq", into: a) { f, a in
            try a.with(f) { $0.uasc.append(try f.span("start_day", "end_day")) }
        }
        try await read(Schema.contacts, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                $0.contacts.append(Contact(date: try f.day("contact_date"), source: try f.code("source"),
                                           ledToReferral: try f.bool("led_to_referral")))
            }
        }
        try await readChildInNeed(into: a)
        try await readLookedAfter(into: a)
        try await readPermanenceAndQuality(into: a)
        try await readDatedEvents(into: a)
        return a.rows
    }

    private func readChildInNeed(into a: ChildAssembly) async throws {
        try await read(Schema.cinEpisodes, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                $0.childInNeedEpisodes.append(ChildInNeedEpisode(
                    id: try f.text("episode_id"), referralDate: try f.day("referral_date"),
                    referralSource: try f.code("referral_source"), referralNFA: try f.bool("referral_nfa"),
                    primaryNeed: try f.code("primary_need"), closureDate: try f.optDay("closure_date"),
                    closureReason: try f.optCode("closure_reason")))
            }
        }
        try await read(Schema.assessments, order: "child_id, episode_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let e = try f.index("episode_seq", in: c.childInNeedEpisodes)
                c.childInNeedEpisodes[e].assessments.append(Assessment(
                    id: try f.text("assessment_id"), startDate: try f.day("start_date"),
                    childSeenDate: try f.optDay("child_seen_date"), authorisationDate: try f.optDay("authorisation_date"),
                    internalReviewDate: try f.optDay("internal_review_date")))
            }
        }
        try await read(Schema.assessmentFactors, order: "child_id, episode_seq, assessment_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let e = try f.index("episode_seq", in: c.childInNeedEpisodes)
                let j = try f.index("assessment_seq", in: c.childInNeedEpisodes[e].assessments)
                c.childInNeedEpisodes[e].assessments[j].factors.append(try f.code("factor"))
            }
        }
        try await read(Schema.section47Enquiries, order: "child_id, episode_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let e = try f.index("episode_seq", in: c.childInNeedEpisodes)
                c.childInNeedEpisodes[e].section47Enquiries.append(Section47Enquiry(
                    id: try f.text("enquiry_id"), startDate: try f.day("start_date"),
                    childSeenDate: try f.optDay("child_seen_date"),
                    conferenceTargetDate: try f.optDay("conference_target_date"),
                    conferenceDate: try f.optDay("conference_date"),
                    conferenceNotRequired: try f.bool("conference_not_required")))
            }
        }
        try await read(Schema.cinPlans, order: "child_id, episode_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let e = try f.index("episode_seq", in: c.childInNeedEpisodes)
                c.childInNeedEpisodes[e].childInNeedPlans.append(ChildInNeedPlan(span: try f.span("start_day", "end_day")))
            }
        }
        try await read(Schema.protectionPlans, order: "child_id, episode_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let e = try f.index("episode_seq", in: c.childInNeedEpisodes)
                c.childInNeedEpisodes[e].protectionPlans.append(ChildProtectionPlan(
                    id: try f.text("plan_id"), span: try f.span("start_day", "end_day"),
                    initialCategory: try f.code("initial_category"), latestCategory: try f.code("latest_category"),
                    numberOfPreviousPlans: try f.optInt("previous_plans")))
            }
        }
    }

    private func readLookedAfter(into a: ChildAssembly) async throws {
        try await read(Schema.periodsOfCare, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                $0.periodsOfCare.append(PeriodOfCare(
                    id: try f.text("period_id"), span: try f.span("start_day", "end_day"),
                    reasonEnded: try f.optCode("reason_ended"), categoryOfNeed: try f.code("category_of_need"),
                    initialHealthAssessmentReferral: try f.optDay("iha_referral")))
            }
        }
        try await read(Schema.legalStatuses, order: "child_id, period_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let p = try f.index("period_seq", in: c.periodsOfCare)
                c.periodsOfCare[p].legalStatuses.append(LegalStatusSpan(span: try f.span("start_day", "end_day"),
                                                                        status: try f.code("status")))
            }
        }
        try await read(Schema.placements, order: "child_id, period_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let p = try f.index("period_seq", in: c.periodsOfCare)
                c.periodsOfCare[p].placements.append(PlacementSpan(
                    span: try f.span("start_day", "end_day"), type: try f.code("placement_type"),
                    provider: try f.optCode("provider"), carer: try f.optText("carer_id").map(CarerID.init),
                    urn: try f.optText("urn"), postcode: try f.optText("postcode"),
                    homePostcode: try f.optText("home_postcode"), reasonForChange: try f.optCode("reason_for_change")))
            }
        }
        try await read(Schema.carePlanReviews, order: "child_id, period_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let p = try f.index("period_seq", in: c.periodsOfCare)
                c.periodsOfCare[p].reviews.append(CarePlanReview(date: try f.day("review_date"),
                                                                 participation: try f.optCode("participation")))
            }
        }
        try await read(Schema.healthAssessments, order: "child_id, period_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                let p = try f.index("period_seq", in: c.periodsOfCare)
                guard let kind = HealthAssessment.Kind(rawValue: try f.text("kind")) else { throw f.bad("kind") }
                c.periodsOfCare[p].healthAssessments.append(HealthAssessment(date: try f.day("assessment_date"), kind: kind))
            }
        }
        try await read(Schema.missingEpisodes, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                $0.missingEpisodes.append(MissingEpisode(
                    kind: try f.code("kind"), span: try f.span("start_day", "end_day"),
                    returnInterviewOffered: try f.optBool("interview_offered"),
                    returnInterviewAccepted: try f.optBool("interview_accepted"),
                    returnInterviewCompleted: try f.optDay("interview_completed")))
            }
        }
        try await read(Schema.careLeaverContacts, order: "child_id, seq", into: a) { f, a in
            try a.with(f) { c in
                guard c.careLeaver != nil else { throw f.bad("child_id", "care-leaver contact for a child with no care-leaver record") }
                c.careLeaver!.contacts.append(CareLeaverContact(
                    date: try f.day("contact_date"), inTouch: try f.code("in_touch"),
                    activity: try f.optCode("activity"), accommodation: try f.optCode("accommodation")))
            }
        }
    }

    private func readPermanenceAndQuality(into a: ChildAssembly) async throws {
        try await read(Schema.adoptions, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                $0.adoptions.append(AdoptionJourney(
                    decisionDate: try f.day("decision_date"), placementOrderDate: try f.optDay("placement_order_date"),
                    matchedDate: try f.optDay("matched_date"), placedDate: try f.optDay("placed_date"),
                    adoptionOrderDate: try f.optDay("adoption_order_date"),
                    decisionReversedDate: try f.optDay("reversed_date"),
                    decisionReversedReason: try f.optCode("reversed_reason"),
                    byFosterCarer: try f.optBool("by_foster_carer"), numberOfAdopters: try f.optInt("number_of_adopters"),
                    adopterSex: try f.optCode("adopter_sex"), adopterLegalStatus: try f.optCode("adopter_legal_status")))
            }
        }
        try await read(Schema.permanenceOrders, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                guard let kind = PermanenceOrder.Kind(rawValue: try f.text("kind")) else { throw f.bad("kind") }
                $0.permanenceOrders.append(PermanenceOrder(kind: kind, date: try f.day("order_date")))
            }
        }
        try await read(Schema.privateFostering, order: "child_id, seq", into: a) { f, a in
            try a.with(f) { $0.privateFostering.append(PrivateFosteringArrangement(span: try f.span("start_day", "end_day"))) }
        }
        try await read(Schema.allocations, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                $0.allocations.append(CaseAllocation(
                    team: TeamID(try f.text("team_id")), worker: try f.optText("worker_id").map(WorkerID.init),
                    span: try f.span("start_day", "end_day"), reason: try f.optCode("reason")))
            }
        }
        try await read(Schema.audits, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                var parsed: QualityGrade?
                if let g = try f.optText("grade") {
                    guard let q = QualityGrade(rawValue: g) else { throw f.bad("grade") }
                    parsed = q
                }
                $0.audits.append(CaseFileAudit(scheduled: try f.day("scheduled"), completed: try f.optDay("completed"),
                                               grade: parsed, auditor: try f.optText("auditor").map(WorkerID.init)))
            }
        }
        try await read(Schema.documentGrades, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                guard let document = DocumentGrade.Document(rawValue: try f.text("document")) else { throw f.bad("document") }
                guard let grade = QualityGrade(rawValue: try f.text("grade")) else { throw f.bad("grade") }
                $0.documentGrades.append(DocumentGrade(document: document, date: try f.day("grade_date"), grade: grade))
            }
        }
        try await read(Schema.annualOutcomes, order: "child_id, seq", into: a) { f, a in
            try a.with(f) {
                $0.annualOutcomes.append(AnnualOutcome(
                    year: CollectionYear(try f.int("collection_year")), sdqScore: try f.optInt("sdq_score"),
                    sdqReason: try f.optCode("sdq_reason"), convicted: try f.optBool("convicted"),
                    healthCheck: try f.optBool("health_check"), immunisations: try f.optBool("immunisations"),
                    teethCheck: try f.optBool("teeth_check"), healthAssessment: try f.optBool("health_assessment"),
                    substanceMisuse: try f.optBool("substance_misuse"),
                    interventionReceived: try f.optBool("intervention_received"),
                    interventionOffered: try f.optBool("intervention_offered")))
            }
        }
    }

    private func readDatedEvents(into a: ChildAssembly) async throws {
        try await read(Schema.datedEvents, order: "child_id, kind, outer_seq, inner_seq, seq", into: a) { f, a in
            try a.with(f) { c in
                guard let kind = DatedEventKind(rawValue: try f.text("kind")) else { throw f.bad("kind") }
                let day = try f.day("event_date")
                switch kind {
                case .cinPlanVisit:
                    let e = try f.index("outer_seq", in: c.childInNeedEpisodes)
                    let j = try f.index("inner_seq", in: c.childInNeedEpisodes[e].childInNeedPlans)
                    c.childInNeedEpisodes[e].childInNeedPlans[j].visits.append(day)
                case .protectionReview, .protectionVisit:
                    let e = try f.index("outer_seq", in: c.childInNeedEpisodes)
                    let j = try f.index("inner_seq", in: c.childInNeedEpisodes[e].protectionPlans)
                    if kind == .protectionReview {
                        c.childInNeedEpisodes[e].protectionPlans[j].reviews.append(day)
                    } else {
                        c.childInNeedEpisodes[e].protectionPlans[j].visits.append(day)
                    }
                case .socialWorkerVisit, .iroContact, .dentalCheck, .personalEducationPlan:
                    let p = try f.index("outer_seq", in: c.periodsOfCare)
                    switch kind {
                    case .socialWorkerVisit: c.periodsOfCare[p].socialWorkerVisits.append(day)
                    case .iroContact: c.periodsOfCare[p].iroContacts.append(day)
                    case .dentalCheck: c.periodsOfCare[p].dentalChecks.append(day)
                    default: c.periodsOfCare[p].personalEducationPlans.append(day)
                    }
                case .pathwayPlanReview:
                    guard c.careLeaver != nil else { throw f.bad("kind", "pathway plan review for a child with no care-leaver record") }
                    c.careLeaver!.pathwayPlanReviews.append(day)
                case .privateFosteringVisit:
                    let i = try f.index("outer_seq", in: c.privateFostering)
                    c.privateFostering[i].visits.append(day)
                }
            }
        }
    }

    /// Streams `table`'s rows for this council (and child or key range, if set) in key order into `apply`.
    private func read<A: Assembly>(_ table: Table, order: String, into assembly: A,
                                   _ apply: @escaping @Sendable (Fields, A) throws -> Void) async throws {
        var query: SQLQueryString = "SELECT \(unsafeRaw: table.columnList) FROM \(unsafeRaw: table.name) WHERE council_code = \(bind: council)"
        if table.columns.contains(where: { $0.name == "child_id" }) {
            if let child {
                query = "\(query) AND child_id = \(bind: child.rawValue)"
            }
            if let from = keys?.from { query = "\(query) AND child_id >= \(bind: from)" }
            if let below = keys?.below { query = "\(query) AND child_id < \(bind: below)" }
        }
        query = "\(query) ORDER BY \(unsafeRaw: order)"
        try await source.stream(query, table: table.name, columns: table.columnNames) { fields in
            guard assembly.failure == nil else { return }
            do { try apply(fields, assembly) } catch { assembly.failure = error }
        }
        if let failure = assembly.failure { throw failure }
    }
}

/// A half-open range of child ids (`from` inclusive, `below` exclusive; nil is unbounded), in the
/// database's own ordering of `child_id`, which every query of one read uses alike.
struct ChildKeyRange: Sendable, Equatable {
    var from: String?
    var below: String?
}

/// A child as stored: the record, its amendment version and its position in the county.
struct ChildRow: Sendable {
    var record: ChildRecord
    var version: Int
    var seq: Int
}

/// Mutable state filled by row callbacks. The driver calls back one row at a time on one
/// thread and the reader only looks again after the query completes, hence `@unchecked`.
class Assembly: @unchecked Sendable {
    var failure: (any Error)?
}

final class StructureAssembly: Assembly, @unchecked Sendable {
    var county = County(councilCode: "", name: "", extractDate: Day(ordinal: 0))
}

final class HeadAssembly: Assembly, @unchecked Sendable {
    var county: County?
}

/// The children read so far, in child key order. Every child table is read in the same key order,
/// so the row's child is found by moving a cursor forward (a string compare) rather than by a
/// dictionary look-up per row; the dictionary is only the fallback for out-of-order rows.
final class ChildAssembly: Assembly, @unchecked Sendable {
    var rows: [ChildRow] = []
    private var index: [String: Int] = [:]
    private var cursor = 0

    func add(_ child: ChildRecord, version: Int, seq: Int) {
        index[child.id.rawValue] = rows.count
        rows.append(ChildRow(record: child, version: version, seq: seq))
        cursor = 0
    }

    /// Applies `change` to the child the row belongs to.
    func with(_ f: Fields, _ change: (inout ChildRecord) throws -> Void) throws {
        let id = try f.text("child_id")
        if cursor >= rows.count || rows[cursor].record.id.rawValue != id {
            var next = cursor + 1
            let limit = min(rows.count, cursor + 16)
            while next < limit && rows[next].record.id.rawValue != id { next += 1 }
            if next < limit {
                cursor = next
            } else {
                guard let i = index[id] else { throw f.bad("child_id", "no such child in table children") }
                cursor = i
            }
        }
        try change(&rows[cursor].record)
    }
}

/// Typed access to one row's columns, with errors naming table, column and value.
struct Fields {
    private enum Source {
        case sql(any SQLRow)
        case sqlite(SQLiteRow)
        /// The current row of a `SQLiteDirect` statement, valid only during the row callback.
        case direct(OpaquePointer, ColumnNames)
        /// A PostgreSQL row read by column position (binary format).
        case postgres(PostgresRandomAccessRow, ColumnNames)
    }
    private let source: Source
    let table: String

    init(row: any SQLRow, table: String) { source = .sql(row); self.table = table }
    init(sqlite: SQLiteRow, table: String) { source = .sqlite(sqlite); self.table = table }
    init(postgres row: PostgresRandomAccessRow, names: ColumnNames, table: String) {
        source = .postgres(row, names); self.table = table
    }
    init(direct statement: OpaquePointer, names: ColumnNames, table: String) {
        source = .direct(statement, names); self.table = table
    }

    func bad(_ column: String, _ why: String = "unreadable value") -> StoreError {
        let value: String
        switch source {
        case .sql(let row):
            value = (try? row.decode(column: column, as: String.self))
                ?? (try? row.decode(column: column, as: Int.self)).map(String.init) ?? "?"
        case .sqlite(let row):
            value = row.column(column)?.description ?? "?"
        case .direct(let s, let names):
            value = names.position(column).map { DirectColumn.describe(s, $0) } ?? "?"
        case .postgres(let row, let names):
            value = names.position(column).map { i in
                let cell = row[Int(i)]
                if cell.bytes == nil { return "NULL" }
                return (try? cell.decode(String.self)) ?? (try? cell.decode(Int.self)).map(String.init) ?? "?"
            } ?? "?"
        }
        return .corruptRow(table: table, detail: "column \(column) = \(value): \(why)")
    }

    private func sqliteValue(_ row: SQLiteRow, _ c: String) throws -> SQLiteData {
        guard let v = row.column(c) else { throw bad(c, "no such column") }
        return v
    }

    private func position(_ names: ColumnNames, _ c: String) throws -> Int32 {
        guard let i = names.position(c) else { throw bad(c, "no such column") }
        return i
    }

    private func isNull(_ c: String) throws -> Bool {
        switch source {
        case .sql(let row): return try row.decodeNil(column: c)
        case .sqlite(let row): return try sqliteValue(row, c) == .null
        case .direct(let s, let names): return DirectColumn.isNull(s, try position(names, c))
        case .postgres(let row, let names): return row[Int(try position(names, c))].bytes == nil
        }
    }

    func int(_ c: String) throws -> Int {
        switch source {
        case .sql(let row): return try row.decode(column: c, as: Int.self)
        case .sqlite(let row):
            guard case .integer(let v) = try sqliteValue(row, c) else { throw bad(c, "not an integer") }
            return Int(v)
        case .direct(let s, let names):
            let i = try position(names, c)
            guard DirectColumn.isInteger(s, i) else { throw bad(c, "not an integer") }
            return DirectColumn.int(s, i)
        case .postgres(let row, let names):
            do { return try row[Int(try position(names, c))].decode(Int.self) } catch { throw bad(c, "not an integer") }
        }
    }
    func optInt(_ c: String) throws -> Int? { try isNull(c) ? nil : int(c) }
    func text(_ c: String) throws -> String {
        switch source {
        case .sql(let row): return try row.decode(column: c, as: String.self)
        case .sqlite(let row):
            guard case .text(let v) = try sqliteValue(row, c) else { throw bad(c, "not text") }
            return v
        case .direct(let s, let names):
            guard let v = DirectColumn.text(s, try position(names, c)) else { throw bad(c, "not text") }
            return v
        case .postgres(let row, let names):
            do { return try row[Int(try position(names, c))].decode(String.self) } catch { throw bad(c, "not text") }
        }
    }
    func optText(_ c: String) throws -> String? { try isNull(c) ? nil : text(c) }
    func real(_ c: String) throws -> Double {
        switch source {
        case .sql(let row): return try row.decode(column: c, as: Double.self)
        case .sqlite(let row):
            switch try sqliteValue(row, c) {
            case .float(let v): return v
            case .integer(let v): return Double(v)
            default: throw bad(c, "not a number")
            }
        case .direct(let s, let names):
            guard let v = DirectColumn.double(s, try position(names, c)) else { throw bad(c, "not a number") }
            return v
        case .postgres(let row, let names):
            do { return try row[Int(try position(names, c))].decode(Double.self) } catch { throw bad(c, "not a number") }
        }
    }
    func bool(_ c: String) throws -> Bool { try int(c) != 0 }
    func optBool(_ c: String) throws -> Bool? { try isNull(c) ? nil : bool(c) }

    func day(_ c: String) throws -> Day {
        let v = try int(c)
        guard let o = Int32(exactly: v) else { throw bad(c, "not a day ordinal") }
        return Day(ordinal: o)
    }
    func optDay(_ c: String) throws -> Day? { try isNull(c) ? nil : day(c) }
    func span(_ start: String, _ end: String) throws -> DaySpan { DaySpan(start: try day(start), end: try optDay(end)) }

    func code<C: Code>(_ c: String) throws -> C { C(rawValue: try text(c)) }
    func optCode<C: Code>(_ c: String) throws -> C? { try optText(c).map { C(rawValue: $0) } }

    /// A parent position read from `c`, checked against the parent list built so far.
    func index<T>(_ c: String, in list: [T]) throws -> Int {
        let i = try int(c)
        guard list.indices.contains(i) else { throw bad(c, "no parent at this position") }
        return i
    }
}
