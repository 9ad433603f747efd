/// A period of care: from becoming looked after to ceasing, with the legal statuses and
/// placements that cover it as separate, contiguous span lists. SSDA903 episodes are derived
/// from these (a new episode wherever either list changes), never stored.
public struct PeriodOfCare: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var span: DaySpan
    /// Why care ceased (a 903 REC code other than X1); nil while the period is open.
    public var reasonEnded: ReasonEpisodeCeased?
    /// 903 CIN: the category of need recorded for the period.
    public var categoryOfNeed: NeedCode
    public var legalStatuses: [LegalStatusSpan]
    public var placements: [PlacementSpan]
    public var reviews: [CarePlanReview]
    public var socialWorkerVisits: [Day]
    public var iroContacts: [Day]
    public var healthAssessments: [HealthAssessment]
    public var dentalChecks: [Day]
    /// Date the initial health assessment was requested from health (due within 5 working days).
    public var initialHealthAssessmentReferral: Day?
    /// Personal education plans, by date reviewed or updated.
    public var personalEducationPlans: [Day]
    /// Set only when the record begins part-way through the period (history loaded from a
    /// return whose earliest episode for the child is not RNE S): the reason that first known
    /// episode began (L, P, T, U or B). `span.start` is then the first known date, not the day
    /// care began. Nil when the start of care is known.
    public var continuesEarlierCare: ReasonForNewEpisode?

    public init(id: String, span: DaySpan, reasonEnded: ReasonEpisodeCeased? = nil, categoryOfNeed: NeedCode = .n1,
                legalStatuses: [LegalStatusSpan] = [], placements: [PlacementSpan] = [], reviews: [CarePlanReview] = [],
                socialWorkerVisits: [Day] = [], iroContacts: [Day] = [], healthAssessments: [HealthAssessment] = [],
                dentalChecks: [Day] = [], initialHealthAssessmentReferral: Day? = nil, personalEducationPlans: [Day] = [],
                continuesEarlierCare: ReasonForNewEpisode? = nil) {
        self.id = id; self.span = span; self.reasonEnded = reasonEnded; self.categoryOfNeed = categoryOfNeed
        self.legalStatuses = legalStatuses; self.placements = placements; self.reviews = reviews
        self.socialWorkerVisits = socialWorkerVisits; self.iroContacts = iroContacts
        self.healthAssessments = healthAssessments; self.dentalChecks = dentalChecks
        self.initialHealthAssessmentReferral = initialHealthAssessmentReferral
        self.personalEducationPlans = personalEducationPlans
        self.continuesEarlierCare = continuesEarlierCare
    }

    public func placement(on day: Day) -> PlacementSpan? { placements.last { $0.span.contains(day) } }
    public func legalStatus(on day: Day) -> LegalStatusSpan? { legalStatuses.last { $0.span.contains(day) } }

    /// Whether the whole period was under an agreed series of short breaks (V3/V4).
    public var isShortBreaksOnly: Bool { !legalStatuses.isEmpty && legalStatuses.allSatisfy { $0.status.isShortBreak } }
}

public struct LegalStatusSpan: Hashable, Sendable, Codable {
    public var span: DaySpan
    public var status: LegalStatus
    public init(span: DaySpan, status: LegalStatus) { self.span = span; self.status = status }
}

/// Where and with whom the child lived. Consecutive spans with the same `carer` are a change of
/// placement type with the same carer (903 RNE T or U), not a new placement.
public struct PlacementSpan: Hashable, Sendable, Codable {
    public var span: DaySpan
    public var type: PlacementType
    public var provider: PlacementProvider?
    /// The foster household or provider. Nil when unknown.
    public var carer: CarerID?
    /// Ofsted unique reference number of the provider.
    public var urn: String?
    public var postcode: String?
    /// The child's home postcode while in this placement (903 HOME_POST).
    public var homePostcode: String?
    /// Why this placement ended (903 REASON_PLACE_CHANGE), when it ended with a move.
    public var reasonForChange: ReasonForPlacementChange?

    public init(span: DaySpan, type: PlacementType, provider: PlacementProvider? = nil, carer: CarerID? = nil,
                urn: String? = nil, postcode: String? = nil, homePostcode: String? = nil,
                reasonForChange: ReasonForPlacementChange? = nil) {
        self.span = span; self.type = type; self.provider = provider; self.carer = carer; self.urn = urn
        self.postcode = postcode; self.homePostcode = homePostcode; self.reasonForChange = reasonForChange
    }
}

/// A statutory review of a looked-after child's care plan, chaired by the IRO.
public struct CarePlanReview: Hashable, Sendable, Codable {
    public var date: Day
    public var participation: ReviewParticipation?
    public init(date: Day, participation: ReviewParticipation? = nil) { self.date = date; self.participation = participation }
}

public struct HealthAssessment: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case initial, review }
    public var date: Day
    public var kind: Kind
    public init(date: Day, kind: Kind) { self.date = date; self.kind = kind }
}
