/// The store's tables: one per record kind of the case model, normalised, each row keyed by
/// council, child and its position in the parent's list so that a county loads back exactly.
///
/// Conventions (documented in docs/store.md):
/// - every table starts with `council_code`, so a regional store can hold many councils and no
///   query mixes them unless asked;
/// - dates are `Day.ordinal` integers (days since 1970-01-01): compact, sortable, and the same
///   integer arithmetic the in-memory model uses; ISO text is produced only for people;
/// - booleans are integers 0/1 (nullable where the model's Bool is optional), so the same SQL
///   and binds work on SQLite and PostgreSQL;
/// - `seq` (and `*_seq` for parents) is the position in the model's array: order is meaningful
///   in the model (sex records, placements) and must round-trip.
enum Schema {
    /// The version this build writes and understands. Bump it only with a new `Migration`.
    static let currentVersion = 2

    static let councils = Table("councils", key: ["council_code"],
        "council_code text", "name text", "extract_date int", "saved_at text", "saved_by text")

    // MARK: Structure and workforce

    static let areas = Table("areas", key: ["council_code", "seq"],
        "council_code text", "seq int", "area_id text", "name text")
    static let teams = Table("teams", key: ["council_code", "seq"],
        "council_code text", "seq int", "team_id text", "name text", "kind text", "area_id text?", "district text?")
    static let workers = Table("workers", key: ["council_code", "seq"],
        "council_code text", "seq int", "worker_id text", "name text", "team_id text", "role text", "qualified int",
        "employment text", "fte real", "employed_start int", "employed_end int?")
    static let posts = Table("posts", key: ["council_code", "seq"],
        "council_code text", "seq int", "post_id text", "team_id text", "fte real", "caseholding int")
    static let postHoldings = Table("post_holdings", key: ["council_code", "post_seq", "seq"],
        "council_code text", "post_seq int", "seq int", "worker_id text", "start_day int", "end_day int?")
    static let fosteringHouseholds = Table("fostering_households", key: ["council_code", "seq"],
        "council_code text", "seq int", "carer_id text", "kind text", "supervising_worker text?",
        "approved_start int", "approved_end int?", "postcode text?")
    static let postcodes = Table("postcodes", key: ["council_code", "postcode"],
        "council_code text", "postcode text", "easting int", "northing int")

    // MARK: The child and their record

    /// One row per child. Optional single-valued parts of the record (care-leaver support,
    /// previous permanence) live here; `version` counts amendments for optimistic concurrency.
    static let children = Table("children", key: ["council_code", "child_id"],
        "council_code text", "child_id text", "seq int", "version int",
        "date_of_birth int?", "expected_date_of_birth int?", "ethnicity text", "upn text?", "former_upn text?",
        "upn_unknown text?", "date_of_death int?", "home_postcode text?", "is_mother int?", "first_child_dob int?",
        "care_leaver int", "personal_adviser text?",
        "previous_permanence text?", "previous_permanence_la text?", "previous_permanence_date text?")
    static let sexRecords = Table("sex_records", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "sex text", "recorded int?")
    static let disabilities = Table("disabilities", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "disability text")
    static let uascSpans = Table("uasc_spans", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "start_day int", "end_day int?")
    static let contacts = Table("contacts", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "contact_date int", "source text", "led_to_referral int")

    // MARK: Children in need and child protection

    static let cinEpisodes = Table("cin_episodes", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "episode_id text", "referral_date int", "referral_source text",
        "referral_nfa int", "primary_need text", "closure_date int?", "closure_reason text?")
    static let assessments = Table("assessments", key: ["council_code", "child_id", "episode_seq", "seq"],
        "council_code text", "child_id text", "episode_seq int", "seq int", "assessment_id text", "start_date int",
        "child_seen_date int?", "authorisation_date int?", "internal_review_date int?")
    static let assessmentFactors = Table("assessment_factors",
        key: ["council_code", "child_id", "episode_seq", "assessment_seq", "seq"],
        "council_code text", "child_id text", "episode_seq int", "assessment_seq int", "seq int", "factor text")
    static let section47Enquiries = Table("section47_enquiries", key: ["council_code", "child_id", "episode_seq", "seq"],
        "council_code text", "child_id text", "episode_seq int", "seq int", "enquiry_id text", "start_date int",
        "child_seen_date int?", "conference_target_date int?", "conference_date int?", "conference_not_required int")
    static let cinPlans = Table("cin_plans", key: ["council_code", "child_id", "episode_seq", "seq"],
        "council_code text", "child_id text", "episode_seq int", "seq int", "start_day int", "end_day int?")
    static let protectionPlans = Table("protection_plans", key: ["council_code", "child_id", "episode_seq", "seq"],
        "council_code text", "child_id text", "episode_seq int", "seq int", "plan_id text", "start_day int",
        "end_day int?", "initial_category text", "latest_category text", "previous_plans int?")

    // MARK: Looked after

    static let periodsOfCare = Table("periods_of_care", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "period_id text", "start_day int", "end_day int?",
        "reason_ended text?", "category_of_need text", "iha_referral int?")
    static let legalStatuses = Table("legal_status_spans", key: ["council_code", "child_id", "period_seq", "seq"],
        "council_code text", "child_id text", "period_seq int", "seq int", "start_day int", "end_day int?", "status text")
    static let placements = Table("placements", key: ["council_code", "child_id", "period_seq", "seq"],
        "council_code text", "child_id text", "period_seq int", "seq int", "start_day int", "end_day int?",
        "placement_type text", "provider text?", "carer_id text?", "urn text?", "postcode text?", "home_postcode text?",
        "reason_for_change text?")
    static let carePlanReviews = Table("care_plan_reviews", key: ["council_code", "child_id", "period_seq", "seq"],
        "council_code text", "child_id text", "period_seq int", "seq int", "review_date int", "participation text?")
    static let healthAssessments = Table("health_assessments", key: ["council_code", "child_id", "period_seq", "seq"],
        "council_code text", "child_id text", "period_seq int", "seq int", "assessment_date int", "kind text")
    static let missingEpisodes = Table("missing_episodes", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "kind text", "start_day int", "end_day int?",
        "interview_offered int?", "interview_accepted int?", "interview_completed int?")
    static let careLeaverContacts = Table("care_leaver_contacts", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "contact_date int", "in_touch text", "activity text?",
        "accommodation text?")

    // MARK: Permanence, quality, outcomes

    static let adoptions = Table("adoptions", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "decision_date int", "placement_order_date int?",
        "matched_date int?", "placed_date int?", "adoption_order_date int?", "reversed_date int?",
        "reversed_reason text?", "by_foster_carer int?", "number_of_adopters int?", "adopter_sex text?",
        "adopter_legal_status text?")
    static let permanenceOrders = Table("permanence_orders", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "kind text", "order_date int")
    static let privateFostering = Table("private_fostering", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "start_day int", "end_day int?")
    static let allocations = Table("allocations", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "team_id text", "worker_id text?", "start_day int",
        "end_day int?", "reason text?")
    static let audits = Table("case_file_audits", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "scheduled int", "completed int?", "grade text?",
        "auditor text?")
    static let documentGrades = Table("document_grades", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "document text", "grade_date int", "grade text")
    static let annualOutcomes = Table("annual_outcomes", key: ["council_code", "child_id", "seq"],
        "council_code text", "child_id text", "seq int", "collection_year int", "sdq_score int?", "sdq_reason text?",
        "convicted int?", "health_check int?", "immunisations int?", "teeth_check int?", "health_assessment int?",
        "substance_misuse int?", "intervention_received int?", "intervention_offered int?")

    /// Visits, review conferences, contacts and other dated events that carry nothing but a date,
    /// in one table told apart by `kind` (see `DatedEventKind`). `outer_seq`/`inner_seq` locate
    /// the owner: (episode, plan) for CIN and CP plans, (period, 0) for a period of care,
    /// (arrangement, 0) for private fostering, (0, 0) for pathway plan reviews.
    static let datedEvents = Table("dated_events", key: ["council_code", "child_id", "kind", "outer_seq", "inner_seq", "seq"],
        "council_code text", "child_id text", "kind text", "outer_seq int", "inner_seq int", "seq int", "event_date int")

    /// Every change made through recording, and every whole-county import: who, when, what
    /// before and after (JSON). Never deleted when a county is re-imported.
    static let changeHistory = Table("change_history", key: ["council_code", "change_id"],
        "council_code text", "change_id int", "child_id text?", "version int", "changed_at text", "changed_by text",
        "action text", "before_json text?", "after_json text?")

    /// The child-level tables, in the order a child's rows are written.
    static let childTables: [Table] = [
        children, sexRecords, disabilities, uascSpans, contacts, cinEpisodes, assessments, assessmentFactors,
        section47Enquiries, cinPlans, protectionPlans, periodsOfCare, legalStatuses, placements, carePlanReviews,
        healthAssessments, missingEpisodes, careLeaverContacts, adoptions, permanenceOrders, privateFostering,
        allocations, audits, documentGrades, annualOutcomes, datedEvents,
    ]

    /// The council-level tables other than `councils` itself.
    static let structureTables: [Table] = [areas, teams, workers, posts, postHoldings, fosteringHouseholds, postcodes]

    /// Tables replaced when a county is saved (history is kept).
    static let countyTables: [Table] = [councils] + structureTables + childTables

    static let allTables: [Table] = countyTables + [changeHistory]
}

/// What a `dated_events` row records.
enum DatedEventKind: String, CaseIterable {
    case cinPlanVisit = "cin_plan_visit"
    case protectionReview = "cp_review"
    case protectionVisit = "cp_visit"
    case socialWorkerVisit = "social_worker_visit"
    case iroContact = "iro_contact"
    case dentalCheck = "dental_check"
    case personalEducationPlan = "pep"
    case pathwayPlanReview = "pathway_plan_review"
    case privateFosteringVisit = "private_fostering_visit"
}

/// One table: its columns (name, type, nullability) and primary key.
struct Table: Sendable {
    enum ColumnType: Sendable { case integer, text, real }
    struct Column: Sendable {
        let name: String
        let type: ColumnType
        let nullable: Bool
    }

    let name: String
    let columns: [Column]
    let primaryKey: [String]

    /// Columns are written `"name type"` with type `int`, `text` or `real`, and a trailing `?` when nullable.
    init(_ name: String, key: [String], _ specs: String...) {
        self.name = name
        self.primaryKey = key
        self.columns = specs.map { spec in
            let parts = spec.split(separator: " ")
            precondition(parts.count == 2, "bad column spec \(spec)")
            var type = String(parts[1])
            let nullable = type.hasSuffix("?")
            if nullable { type.removeLast() }
            let t: ColumnType
            switch type {
            case "int": t = .integer
            case "text": t = .text
            case "real": t = .real
            default: preconditionFailure("bad column type in \(spec)")
            }
            return Column(name: String(parts[0]), type: t, nullable: nullable)
        }
        for k in key { precondition(columns.contains { $0.name == k }, "key \(k) not a column of \(name)") }
    }

    var columnNames: [String] { columns.map(\.name) }
    var columnList: String { columnNames.joined(separator: ", ") }
}
