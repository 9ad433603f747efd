/// Everything the department holds about one child, as a case system holds it: spans and events,
/// not the flattened rows of any one return.
public struct ChildRecord: Hashable, Sendable, Codable, Identifiable {
    public var id: ChildID
    /// Sex as recorded, oldest first. The latest applies from its `recorded` date.
    public var sex: [SexRecord]
    public var dateOfBirth: Day?
    /// For an unborn child: the expected date of birth (CIN census ExpectedPersonBirthDate).
    public var expectedDateOfBirth: Day?
    public var ethnicity: Ethnicity
    public var upn: String?
    public var formerUPN: String?
    /// Recorded instead of a UPN when there is none (UN1–UN7).
    public var upnUnknown: UPNUnknownReason?
    public var disabilities: [Disability]
    /// Spans during which the child had UASC status; the end is the date the status ceased (903 DUC).
    public var uasc: [DaySpan]
    public var dateOfDeath: Day?
    /// The child's home postcode, from which placement distance is measured.
    public var homePostcode: String?
    /// 903 MOTHER: the child is herself a mother. Nil when not recorded.
    public var isMother: Bool?
    /// 903 MC_DOB: date of birth of her first child.
    public var firstChildDateOfBirth: Day?

    public var contacts: [Contact]
    public var childInNeedEpisodes: [ChildInNeedEpisode]
    public var periodsOfCare: [PeriodOfCare]
    public var missingEpisodes: [MissingEpisode]
    public var careLeaver: CareLeaverRecord?
    public var adoptions: [AdoptionJourney]
    public var permanenceOrders: [PermanenceOrder]
    public var previousPermanence: PreviousPermanence?
    public var privateFostering: [PrivateFosteringArrangement]
    /// Allocation of the case to a team and (usually) a worker, oldest first.
    public var allocations: [CaseAllocation]
    public var audits: [CaseFileAudit]
    public var documentGrades: [DocumentGrade]
    /// 903 OC2 outcomes, one per collection year in which the child qualified.
    public var annualOutcomes: [AnnualOutcome]

    public init(
        id: ChildID, sex: [SexRecord] = [], dateOfBirth: Day? = nil, expectedDateOfBirth: Day? = nil,
        ethnicity: Ethnicity = .nobt, upn: String? = nil, formerUPN: String? = nil, upnUnknown: UPNUnknownReason? = nil,
        disabilities: [Disability] = [], uasc: [DaySpan] = [], dateOfDeath: Day? = nil, homePostcode: String? = nil,
        isMother: Bool? = nil, firstChildDateOfBirth: Day? = nil,
        contacts: [Contact] = [], childInNeedEpisodes: [ChildInNeedEpisode] = [], periodsOfCare: [PeriodOfCare] = [],
        missingEpisodes: [MissingEpisode] = [], careLeaver: CareLeaverRecord? = nil, adoptions: [AdoptionJourney] = [],
        permanenceOrders: [PermanenceOrder] = [], previousPermanence: PreviousPermanence? = nil,
        privateFostering: [PrivateFosteringArrangement] = [], allocations: [CaseAllocation] = [],
        audits: [CaseFileAudit] = [], documentGrades: [DocumentGrade] = [], annualOutcomes: [AnnualOutcome] = []
    ) {
        self.id = id; self.sex = sex; self.dateOfBirth = dateOfBirth; self.expectedDateOfBirth = expectedDateOfBirth
        self.ethnicity = ethnicity; self.upn = upn; self.formerUPN = formerUPN; self.upnUnknown = upnUnknown
        self.disabilities = disabilities; self.uasc = uasc; self.dateOfDeath = dateOfDeath; self.homePostcode = homePostcode
        self.isMother = isMother; self.firstChildDateOfBirth = firstChildDateOfBirth
        self.contacts = contacts; self.childInNeedEpisodes = childInNeedEpisodes; self.periodsOfCare = periodsOfCare
        self.missingEpisodes = missingEpisodes; self.careLeaver = careLeaver; self.adoptions = adoptions
        self.permanenceOrders = permanenceOrders; self.previousPermanence = previousPermanence
        self.privateFostering = privateFostering; self.allocations = allocations; self.audits = audits
        self.documentGrades = documentGrades; self.annualOutcomes = annualOutcomes
    }

    // MARK: Derived facts

    /// Sex on `day`: the latest record made on or before it, else the earliest record.
    public func sex(on day: Day) -> Sex? {
        var current = sex.first?.sex
        for r in sex where (r.recorded.map { $0 <= day } ?? true) { current = r.sex }
        return current
    }

    /// The latest recorded sex.
    public var currentSex: Sex? { sex.last?.sex }

    /// Age in whole years on `day`, or nil without a date of birth.
    public func age(on day: Day) -> Int? { dateOfBirth.map { $0.age(on: day) } }

    public func isUASC(on day: Day) -> Bool { uasc.contains { $0.contains(day) } }

    /// UASC at any time: the scorecard's "exc UASC" cohorts exclude children who were ever UASC
    /// while looked after, so a UASC child turning 18 stays excluded from care-leaver measures.
    public var wasEverUASC: Bool { !uasc.isEmpty }

    public func periodOfCare(on day: Day) -> PeriodOfCare? { periodsOfCare.last { $0.span.contains(day) } }

    public func isLookedAfter(on day: Day) -> Bool { periodOfCare(on: day) != nil }

    public func placement(on day: Day) -> PlacementSpan? { periodOfCare(on: day)?.placement(on: day) }

    public func allocation(on day: Day) -> CaseAllocation? { allocations.last { $0.span.contains(day) } }

    public func openChildInNeedEpisode(on day: Day) -> ChildInNeedEpisode? {
        childInNeedEpisodes.last { $0.span.contains(day) }
    }

    public func protectionPlan(on day: Day) -> ChildProtectionPlan? {
        for e in childInNeedEpisodes.reversed() {
            if let p = e.protectionPlans.last(where: { $0.span.contains(day) }) { return p }
        }
        return nil
    }
}

/// One recording of a child's sex. `recorded` nil means "from the start of the record".
public struct SexRecord: Hashable, Sendable, Codable {
    public var sex: Sex
    public var recorded: Day?
    public init(_ sex: Sex, recorded: Day? = nil) { self.sex = sex; self.recorded = recorded }
}

extension Sex {
    /// The 2024/25 M/F/U code for a pre-2024 1/2 code; others unchanged.
    public var modern: Sex {
        switch rawValue {
        case "1": return .m
        case "2": return .f
        default: return self
        }
    }
    /// The pre-2024/25 1/2 code, or nil for U (which had no code in the 903 then).
    public var legacy: Sex? {
        switch modern.rawValue {
        case "M": return .code1
        case "F": return .code2
        default: return nil
        }
    }
}

/// A 903 OC2 row: outcomes for a child looked after continuously for 12 months at 31 March.
public struct AnnualOutcome: Hashable, Sendable, Codable {
    public var year: CollectionYear
    public var sdqScore: Int?
    public var sdqReason: SDQReason?
    public var convicted: Bool?
    public var healthCheck: Bool?
    public var immunisations: Bool?
    public var teethCheck: Bool?
    public var healthAssessment: Bool?
    public var substanceMisuse: Bool?
    public var interventionReceived: Bool?
    public var interventionOffered: Bool?

    public init(year: CollectionYear, sdqScore: Int? = nil, sdqReason: SDQReason? = nil, convicted: Bool? = nil,
                healthCheck: Bool? = nil, immunisations: Bool? = nil, teethCheck: Bool? = nil,
                healthAssessment: Bool? = nil, substanceMisuse: Bool? = nil,
                interventionReceived: Bool? = nil, interventionOffered: Bool? = nil) {
        self.year = year; self.sdqScore = sdqScore; self.sdqReason = sdqReason; self.convicted = convicted
        self.healthCheck = healthCheck; self.immunisations = immunisations; self.teethCheck = teethCheck
        self.healthAssessment = healthAssessment; self.substanceMisuse = substanceMisuse
        self.interventionReceived = interventionReceived; self.interventionOffered = interventionOffered
    }
}
