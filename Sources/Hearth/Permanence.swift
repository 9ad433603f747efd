/// A child's journey to adoption, from the agency decision to the order (or the reversal).
public struct AdoptionJourney: Hashable, Sendable, Codable {
    /// The agency decision maker's decision that the child should be placed for adoption
    /// (903 AD1 DATE_INT and PlacedAdoption DATE_PLACED).
    public var decisionDate: Day
    public var placementOrderDate: Day?
    public var matchedDate: Day?
    /// Moved in with the adoptive family.
    public var placedDate: Day?
    public var adoptionOrderDate: Day?
    public var decisionReversedDate: Day?
    public var decisionReversedReason: ReasonPlacedCeased?
    /// 903 FOSTER_CARE: adopted by the child's former foster carer.
    public var byFosterCarer: Bool?
    public var numberOfAdopters: Int?
    public var adopterSex: AdopterSex?
    public var adopterLegalStatus: AdopterLegalStatus?

    public init(decisionDate: Day, placementOrderDate: Day? = nil, matchedDate: Day? = nil, placedDate: Day? = nil,
                adoptionOrderDate: Day? = nil, decisionReversedDate: Day? = nil, decisionReversedReason: ReasonPlacedCeased? = nil,
                byFosterCarer: Bool? = nil, numberOfAdopters: Int? = nil, adopterSex: AdopterSex? = nil,
                adopterLegalStatus: AdopterLegalStatus? = nil) {
        self.decisionDate = decisionDate; self.placementOrderDate = placementOrderDate; self.matchedDate = matchedDate
        self.placedDate = placedDate; self.adoptionOrderDate = adoptionOrderDate
        self.decisionReversedDate = decisionReversedDate; self.decisionReversedReason = decisionReversedReason
        self.byFosterCarer = byFosterCarer; self.numberOfAdopters = numberOfAdopters
        self.adopterSex = adopterSex; self.adopterLegalStatus = adopterLegalStatus
    }
}

/// A special guardianship or child arrangements order made for the child.
public struct PermanenceOrder: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable { case specialGuardianship, childArrangements }
    public var kind: Kind
    public var date: Day
    public init(kind: Kind, date: Day) { self.kind = kind; self.date = date }
}

/// 903 PrevPerm: permanence the child had before this period of care.
public struct PreviousPermanence: Hashable, Sendable, Codable {
    public var kind: PreviousPermanenceKind
    /// LA that made the order: an LA code or 999/NIR/NUK/SCO/WAL. Usually blank.
    public var localAuthority: String?
    /// As recorded: the DfE allows unknown parts written as `zz` (for example `zz/zz/2015`).
    public var date: String?
    public init(kind: PreviousPermanenceKind, localAuthority: String? = nil, date: String? = nil) {
        self.kind = kind; self.localAuthority = localAuthority; self.date = date
    }
}

/// A private fostering arrangement notified to the council, and the statutory visits to it.
public struct PrivateFosteringArrangement: Hashable, Sendable, Codable {
    public var span: DaySpan
    public var visits: [Day]
    public init(span: DaySpan, visits: [Day] = []) { self.span = span; self.visits = visits }
}
