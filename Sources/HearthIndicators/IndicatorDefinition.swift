import Hearth

/// Which way is better for an indicator (scorecard §3.2).
public enum Polarity: String, Sendable, Codable, CaseIterable {
    /// Higher is better.
    case higher = "H"
    /// Lower is better.
    case lower = "L"
    /// Close to the target is better (id 13, repeat child protection plans).
    case target = "T"
}

/// Over which dates an indicator is measured (scorecard §2).
public enum PeriodType: String, Sendable, Codable, CaseIterable {
    /// The state on the last working day of the reporting month ("SS").
    case snapshot = "SS"
    /// The 12 calendar months ending with the reporting month ("R12M").
    case rolling12Months = "R12M"
    /// April to the reporting month of the financial year ("YTD").
    case yearToDate = "YTD"
    /// The 36 calendar months ending with the reporting month: the DfE adoption scorecard's
    /// three-year averages (A1, A2, A10). Not a Kent period type.
    case rolling36Months = "R36M"

    /// Whether the scorecard shows a rolling-3-months short-term value for it.
    public var hasShortTermValue: Bool { self == .rolling12Months }
}

/// What the number means, and how it is displayed.
public enum IndicatorUnit: String, Sendable, Codable {
    /// 100 × numerator ÷ denominator.
    case percent
    /// A plain count; no denominator.
    case count
    /// An average number of days (numerator = total days, denominator = children).
    case days
    /// A ratio of sums, for example cases per FTE.
    case ratio
}

/// Where an indicator sits on the page (scorecard §4.1), plus the two non-scorecard sets.
public enum ScorecardSection: String, Sendable, Codable, CaseIterable {
    case referralAndAssessment = "REFERRAL AND ASSESSMENTS"
    case childrenInNeed = "CHILDREN IN NEED"
    case privateFostering = "PRIVATE FOSTERING"
    case missingChildren = "MISSING CHILDREN"
    case childProtection = "CHILD PROTECTION"
    case childrenInCare = "CHILDREN IN CARE"
    case adoption = "ADOPTION"
    case careLeavers = "CARE LEAVERS"
    case qualityAssurance = "QUALITY ASSURANCE"
    case staffing = "STAFFING"
    case sufficiency = "SUFFICIENCY STRATEGY"
    case national = "DFE NATIONAL MEASURES"
}

/// Parts of the record an indicator reads, so a council can see which data gaps break which measures.
public enum DataNeed: String, Sendable, Codable, CaseIterable {
    case referrals, assessments, section47, protectionPlans, childInNeedPlans, allocations
    case privateFostering, missingEpisodes, periodsOfCare, placements, legalStatuses, postcodes
    case reviews, health, education, adoption, careLeaverContacts, pathwayPlans, audits
    case documentGrades, posts, workers, fosteringHouseholds, uascStatus, dateOfBirth
}

/// Cohorts a definition removes by definition (as opposed to the optional "without UASC" variant).
public enum Exclusion: String, Sendable, Codable {
    /// "exc UASC": children who have been unaccompanied asylum seekers on or before the item date.
    case uasc
}

/// Where the items an indicator counts come from. Each population is precomputed once per county
/// (event lists sorted by date; snapshot cohorts built once per date and shared by every indicator).
public enum Population: String, Sendable, Codable, CaseIterable {
    // Events, counted when their date falls in the window.
    /// Referrals (children-in-need episodes) by referral date.
    case referrals
    /// Child and family assessments by authorisation (completion) date.
    case assessmentsCompleted
    /// Section 47 enquiries by start date.
    case section47Started
    /// Initial child protection conferences by conference date.
    case conferencesHeld
    /// Child protection plans by start date.
    case protectionPlansStarted
    /// Child protection plans by end date.
    case protectionPlansEnded
    /// Missing or absent episodes by the date the child returned.
    case missingEpisodesReturned
    /// Periods of care by start date (became looked after), short-break-only periods excluded.
    case careStarted
    /// Periods of care by end date, short-break-only periods excluded.
    case careEnded
    /// Agency decisions that a child should be placed for adoption, by decision date.
    case adoptionDecisions
    /// Moves into an adoptive placement (first A3–A6 placement of a period), by move date.
    case placedForAdoption
    /// Looked-after reviews by review date.
    case careReviews
    /// Case file audits by scheduled date.
    case auditsScheduled
    /// Case file audits by completion date.
    case auditsCompleted
    /// Graded social-work reports to child protection conferences, by grading date.
    case conferenceReportGrades
    /// Graded care plans, by grading date.
    case carePlanGrades
    /// Care leavers' 17th–21st birthdays, for the DfE "around the birthday" cohort.
    case careLeaverBirthdays

    // Snapshots, counted on the snapshot date.
    /// Children looked after (short-break-only periods excluded).
    case lookedAfter
    /// Children with an open children-in-need episode.
    case childInNeedOpen
    /// Open child protection plans.
    case protectionPlansOpen
    /// Assessments started and not yet authorised.
    case assessmentsOpen
    /// Current private fostering arrangements.
    case privateFosteringOpen
    /// Open cases: a current allocation to a team.
    case openCases
    /// Care leavers aged 16–21 with a pathway-plan duty (left care, qualifying as relevant or former relevant).
    case careLeaversWithDuty
    /// Established case-holding posts, weighted by FTE (subjects are posts, not children).
    case caseholdingPosts
    /// Cases held in district children-in-care teams, and those teams' social workers by FTE.
    case caseloadChildrenInCareTeams
    /// Cases held in Children's Social Work Teams, and those teams' social workers by FTE.
    case caseloadSocialWorkTeams
    /// Fostering households supervised, and fostering social workers by FTE.
    case caseloadFostering

    public var isSnapshot: Bool {
        switch self {
        case .lookedAfter, .childInNeedOpen, .protectionPlansOpen, .assessmentsOpen, .privateFosteringOpen,
             .openCases, .careLeaversWithDuty, .caseholdingPosts, .caseloadChildrenInCareTeams,
             .caseloadSocialWorkTeams, .caseloadFostering: return true
        default: return false
        }
    }
}

/// One indicator, declared rather than coded: adding an indicator means adding one of these.
///
/// The population and window say which items are counted; `eligible` narrows the cohort,
/// `numerator` says what each eligible item adds on top, and `denominator` (default 1 per item)
/// what it adds below. Rules that cannot be said as data are small closures over the model.
public struct IndicatorDefinition: Sendable, Identifiable {
    public typealias Rule = @Sendable (Subject) -> Bool
    public typealias Measure = @Sendable (Subject) -> Double

    public var id: String
    public var name: String
    public var section: ScorecardSection
    /// Who is counted, in words (for the definitions page and the drill-down header).
    public var cohort: String
    public var numeratorText: String
    public var denominatorText: String?
    public var population: Population
    public var period: PeriodType
    public var unit: IndicatorUnit
    public var polarity: Polarity
    public var exclusions: Set<Exclusion>
    public var dataNeeded: [DataNeed]
    /// The first reporting month the indicator is no longer published (id 26 from January 2017).
    public var removedFrom: Day?
    /// The national or 2018 code it corresponds to, for lineage.
    public var nationalCounterpart: String?
    /// The choices made where the spec is unconfirmed (also in docs/indicators.md).
    public var choices: [String]
    /// Narrows the population to the cohort; nil means every item.
    public var eligible: Rule?
    /// What an eligible item adds to the numerator (1/0 for a percentage, days for an average).
    public var numerator: Measure
    /// What an eligible item adds to the denominator; nil means 1. Ignored for counts.
    public var denominator: Measure?
    /// Whether the rules read the reporting window (not just the item). Event items of window-free
    /// definitions are evaluated once and reused for every month, rolling window and unit.
    public var readsWindow: Bool = false

    public init(id: String, name: String, section: ScorecardSection, cohort: String, numerator numeratorText: String,
                denominator denominatorText: String? = nil, population: Population, period: PeriodType,
                unit: IndicatorUnit, polarity: Polarity, exclusions: Set<Exclusion> = [], dataNeeded: [DataNeed],
                removedFrom: Day? = nil, nationalCounterpart: String? = nil, choices: [String] = [],
                eligible: Rule? = nil, counts: @escaping Rule) {
        self.init(id: id, name: name, section: section, cohort: cohort, numerator: numeratorText,
                  denominator: denominatorText, population: population, period: period, unit: unit,
                  polarity: polarity, exclusions: exclusions, dataNeeded: dataNeeded, removedFrom: removedFrom,
                  nationalCounterpart: nationalCounterpart, choices: choices, eligible: eligible,
                  measure: { counts($0) ? 1 : 0 }, weight: nil)
    }

    public init(id: String, name: String, section: ScorecardSection, cohort: String, numerator numeratorText: String,
                denominator denominatorText: String? = nil, population: Population, period: PeriodType,
                unit: IndicatorUnit, polarity: Polarity, exclusions: Set<Exclusion> = [], dataNeeded: [DataNeed],
                removedFrom: Day? = nil, nationalCounterpart: String? = nil, choices: [String] = [],
                eligible: Rule? = nil, measure: @escaping Measure, weight: Measure?) {
        self.id = id; self.name = name; self.section = section; self.cohort = cohort
        self.numeratorText = numeratorText; self.denominatorText = denominatorText; self.population = population
        self.period = period; self.unit = unit; self.polarity = polarity; self.exclusions = exclusions
        self.dataNeeded = dataNeeded; self.removedFrom = removedFrom; self.nationalCounterpart = nationalCounterpart
        self.choices = choices; self.eligible = eligible; self.numerator = measure; self.denominator = weight
    }

    /// Whether the denominator is staff FTE rather than a headcount. The "< 5 → no RAG" and
    /// "1–9 → caution" rules are for small numbers of children, so they are not applied to FTE
    /// (unconfirmed in the sources; chosen so small teams' caseloads are still rated).
    public var denominatorIsFTE: Bool {
        switch population {
        case .caseholdingPosts, .caseloadChildrenInCareTeams, .caseloadSocialWorkTeams, .caseloadFostering: return true
        default: return false
        }
    }

    /// Whether the indicator is withdrawn for the reporting month starting `month`.
    public func isRemoved(in month: ReportingMonth) -> Bool {
        removedFrom.map { month.firstDay >= $0 } ?? false
    }
}
