/// A contact: information received about a child, before any decision to refer.
public struct Contact: Hashable, Sendable, Codable {
    public var date: Day
    public var source: ReferralSource
    /// Whether the contact went on to become a referral to children's social care.
    public var ledToReferral: Bool

    public init(date: Day, source: ReferralSource, ledToReferral: Bool) {
        self.date = date; self.source = source; self.ledToReferral = ledToReferral
    }
}

/// A children-in-need episode (CIN census CINdetails): opened by a referral, closed with a reason.
/// Assessments, section 47 enquiries and plans hang off the episode, as in the census.
public struct ChildInNeedEpisode: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var referralDate: Day
    public var referralSource: ReferralSource
    /// The referral led to no further action.
    public var referralNFA: Bool
    public var primaryNeed: NeedCode
    public var closureDate: Day?
    public var closureReason: ReasonForClosure?
    public var assessments: [Assessment]
    public var section47Enquiries: [Section47Enquiry]
    public var childInNeedPlans: [ChildInNeedPlan]
    public var protectionPlans: [ChildProtectionPlan]

    public init(id: String, referralDate: Day, referralSource: ReferralSource, referralNFA: Bool = false,
                primaryNeed: NeedCode, closureDate: Day? = nil, closureReason: ReasonForClosure? = nil,
                assessments: [Assessment] = [], section47Enquiries: [Section47Enquiry] = [],
                childInNeedPlans: [ChildInNeedPlan] = [], protectionPlans: [ChildProtectionPlan] = []) {
        self.id = id; self.referralDate = referralDate; self.referralSource = referralSource
        self.referralNFA = referralNFA; self.primaryNeed = primaryNeed; self.closureDate = closureDate
        self.closureReason = closureReason; self.assessments = assessments
        self.section47Enquiries = section47Enquiries; self.childInNeedPlans = childInNeedPlans
        self.protectionPlans = protectionPlans
    }

    /// From referral to closure. The closure date is the day the case closed.
    public var span: DaySpan { DaySpan(start: referralDate, end: closureDate) }
}

/// A child and family assessment (the single assessment; 45 working days).
public struct Assessment: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var startDate: Day
    public var childSeenDate: Day?
    /// When the assessment was completed and authorised by a manager.
    public var authorisationDate: Day?
    public var internalReviewDate: Day?
    public var factors: [AssessmentFactor]

    public init(id: String, startDate: Day, childSeenDate: Day? = nil, authorisationDate: Day? = nil,
                internalReviewDate: Day? = nil, factors: [AssessmentFactor] = []) {
        self.id = id; self.startDate = startDate; self.childSeenDate = childSeenDate
        self.authorisationDate = authorisationDate; self.internalReviewDate = internalReviewDate; self.factors = factors
    }

    public var isCompleted: Bool { authorisationDate != nil }
}

/// A section 47 child protection enquiry, and the initial child protection conference it led to.
public struct Section47Enquiry: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var startDate: Day
    public var childSeenDate: Day?
    /// CIN census InitialCPCtarget: the date the ICPC is due.
    public var conferenceTargetDate: Day?
    /// Date of the initial child protection conference, if one was held.
    public var conferenceDate: Day?
    /// The enquiry concluded that no conference was needed.
    public var conferenceNotRequired: Bool

    public init(id: String, startDate: Day, childSeenDate: Day? = nil, conferenceTargetDate: Day? = nil,
                conferenceDate: Day? = nil, conferenceNotRequired: Bool = false) {
        self.id = id; self.startDate = startDate; self.childSeenDate = childSeenDate
        self.conferenceTargetDate = conferenceTargetDate; self.conferenceDate = conferenceDate
        self.conferenceNotRequired = conferenceNotRequired
    }
}

/// A child in need plan (s17), with the visits made under it.
public struct ChildInNeedPlan: Hashable, Sendable, Codable {
    public var span: DaySpan
    public var visits: [Day]

    public init(span: DaySpan, visits: [Day] = []) { self.span = span; self.visits = visits }
}

/// A child protection plan, its review conferences and statutory visits.
public struct ChildProtectionPlan: Hashable, Sendable, Codable, Identifiable {
    public var id: String
    public var span: DaySpan
    public var initialCategory: CategoryOfAbuse
    public var latestCategory: CategoryOfAbuse
    /// CIN census NumberOfPreviousCPP, when recorded; plans in this record are counted as well.
    public var numberOfPreviousPlans: Int?
    /// Review child protection conferences held.
    public var reviews: [Day]
    /// Statutory child protection visits.
    public var visits: [Day]

    public init(id: String, span: DaySpan, initialCategory: CategoryOfAbuse, latestCategory: CategoryOfAbuse? = nil,
                numberOfPreviousPlans: Int? = nil, reviews: [Day] = [], visits: [Day] = []) {
        self.id = id; self.span = span; self.initialCategory = initialCategory
        self.latestCategory = latestCategory ?? initialCategory; self.numberOfPreviousPlans = numberOfPreviousPlans
        self.reviews = reviews; self.visits = visits
    }
}
