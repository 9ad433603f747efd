import Hearth

/// Where looked-after children live: the choice of placement, its provider and address.
/// Shares follow England 2025 (about 70% foster care, most of it in-house or with relatives in
/// Kent, id 19) with children's homes and semi-independent provision for teenagers.
extension ChildLife {
    mutating func initialPlacement(route: CareRoute, age: Int, disabled: Bool) -> PlacementKind {
        if disabled { return rng.pick(Self.disabledPlacements) }
        switch route {
        case .unaccompanied: return Self.uascPlacement(age: age, &rng)
        case .remand: return rng.pick(Self.remandPlacements)
        case .adoption where age < 2 && rng.chance(0.25): return .fosterForAdoption
        default: return rng.pick(Self.placementsByAge[Self.ageBand(age)])
        }
    }

    mutating func nextPlacement(after kind: PlacementKind, on day: Day, escalate: Bool, uasc: Bool) -> PlacementKind {
        let age = self.age(on: day)
        if uasc { return Self.uascPlacement(age: age, &rng) }
        if escalate && age >= 11 && rng.chance(0.35) { return .childrensHome }
        var next = rng.pick(Self.placementsByAge[Self.ageBand(age)])
        if next == .fosterForAdoption || next == .motherAndBaby { next = .inHouseFoster }
        return next
    }

    /// Supported accommodation (K3, before it H5) only from 16 (903 rule 371): a 15-year-old
    /// UASC who would have gone there is placed with agency foster carers instead.
    static func uascPlacement(age: Int, _ rng: inout SeededGenerator) -> PlacementKind {
        let kind = rng.pick(age >= 17 ? uasc17 : uascYounger)
        return kind == .semiIndependent && age < 16 ? .agencyFoster : kind
    }

    static func ageBand(_ age: Int) -> Int { age < 1 ? 0 : age < 11 ? 1 : age < 16 ? 2 : 3 }

    /// The placement span for `kind` starting on `day` (the span itself is set by the period).
    mutating func placement(_ kind: PlacementKind, on day: Day) -> PlacementSpan {
        let places = ctx.places
        var p = PlacementSpan(span: DaySpan(start: day), type: .u6, homePostcode: homePostcode)
        switch kind {
        case .inHouseFoster, .agencyFoster, .fosterForAdoption:
            let pool = kind == .agencyFoster ? places.agency : places.inHouse
            let h = household(from: pool, on: day)
            let household = places.households[h]
            p.type = kind == .fosterForAdoption ? .u5 : .u6
            p.carer = household.id
            p.postcode = household.postcode
            if let a = places.householdAgency[h] {
                p.provider = rng.chance(0.85) ? .pr4 : .pr5
                p.urn = places.agencyURNs[a]
            } else {
                p.provider = .pr1
                p.urn = SyntheticPlaces.fosteringServiceURN
            }
        case .connectedFoster:
            let id = CarerID("FH-\(child.id.rawValue)-\(connectedHouseholds.count + 1)")
            var postcode = rng.chance(0.8) ? localPostcode() : anyPostcode(outside: 0.3)
            // Relatives live elsewhere: only placement with parents shares the home postcode (903 rule 392d).
            while postcode == homePostcode { postcode = localPostcode() }
            connectedHouseholds.append(FosteringHousehold(id: id, kind: .connectedPerson, supervisingWorker: nil,
                                                          approved: DaySpan(start: day), postcode: postcode))
            p.type = .u3; p.carer = id; p.postcode = postcode; p.provider = .pr1; p.urn = SyntheticPlaces.fosteringServiceURN
        case .childrensHome, .secure, .semiIndependent, .residential, .motherAndBaby:
            let pool: [SyntheticPlaces.Provider]
            switch kind {
            case .childrensHome: pool = places.childrensHomes; p.type = .k2
            case .secure: pool = places.secureHomes; p.type = .k1
            case .semiIndependent: pool = places.semiIndependent; p.type = day >= ctx.k3From ? .k3 : .h5
            case .motherAndBaby: pool = places.motherAndBaby; p.type = .r3
            default: pool = places.residentialOther; p.type = rng.chance(0.7) ? .r1 : .s1
            }
            let provider = nearby(pool, local: kind == .childrensHome || kind == .semiIndependent ? 0.6 : 0.3)
            p.carer = provider.id; p.postcode = provider.postcode; p.provider = provider.provider
            // 903 rules 218/222: no URN for R1 (or H5, which was never registered).
            p.urn = p.type == .h5 || p.type == .r1 ? nil : provider.urn
        case .withParents:
            p.type = .p1; p.provider = .pr0; p.postcode = homePostcode
        }
        return p
    }

    /// An approved household from `pool`, preferring one approved on `day` and, usually, one
    /// within 20 miles of home (Kent id 20: 81% of children placed within 20 miles).
    mutating func household(from pool: [Int], on day: Day) -> Int {
        let wantLocal = homeGrid != nil && rng.chance(0.84)
        var fallback: Int? = nil
        for _ in 0..<40 {
            let h = pool[rng.below(pool.count)]
            // Not the child's own address (903 rule 392d: only placement with parents shares it).
            guard ctx.places.households[h].approved.contains(day), ctx.places.households[h].postcode != homePostcode else { continue }
            if !wantLocal || SyntheticPlaces.within20Miles(ctx.places.householdGrid[h], homeGrid!) { return h }
            if fallback == nil { fallback = h }
        }
        return fallback ?? pool[rng.below(pool.count)]
    }

    /// A provider from `pool`, near home with probability `local` when one can be found.
    mutating func nearby(_ pool: [SyntheticPlaces.Provider], local: Double) -> SyntheticPlaces.Provider {
        var first = pool[rng.below(pool.count)]
        // Not the child's own address (903 rule 392d).
        for _ in 0..<20 where first.postcode == homePostcode { first = pool[rng.below(pool.count)] }
        guard let home = homeGrid, rng.chance(local) else { return first }
        for _ in 0..<20 {
            let p = pool[rng.below(pool.count)]
            if SyntheticPlaces.within20Miles(p.grid, home) && p.postcode != homePostcode { return p }
        }
        return first
    }

    mutating func localPostcode() -> String {
        let pcs = ctx.places.homePostcodes[district]
        return pcs[rng.below(pcs.count)]
    }

    mutating func anyPostcode(outside: Double) -> String {
        if rng.chance(outside) {
            let o = ctx.places.outsidePostcodes
            return o[rng.below(o.count)]
        }
        let d = ctx.places.homePostcodes[rng.below(ctx.places.homePostcodes.count)]
        return d[rng.below(d.count)]
    }

    /// Why care ended at 18 (or on leaving at 16–17): staying put with foster carers, or
    /// independent living with or without support.
    mutating func leavingAt18Reason(kind: PlacementKind) -> ReasonEpisodeCeased {
        if kind.isFoster && rng.chance(0.3) { return .e17 }
        return rng.pick(Self.leavingReasons)
    }

    mutating func sgoReason(kind: PlacementKind) -> ReasonEpisodeCeased {
        switch kind {
        case .connectedFoster: return .e45
        case .inHouseFoster, .agencyFoster: return rng.chance(0.4) ? .e46 : .e47
        default: return rng.chance(0.85) ? .e47 : .e48
        }
    }

    // MARK: Tables

    /// Care plans by age at entry (0–4, 5–9, 10–14, 15+): younger children are adopted or go to
    /// relatives; teenagers mostly return home or stay to 18.
    static let routes: [WeightedTable<CareRoute>] = [
        WeightedTable([(.adoption, 0.48), (.specialGuardianship, 0.17), (.returnHome, 0.15), (.childArrangements, 0.05), (.longTerm, 0.12), (.otherExit, 0.03)]),
        WeightedTable([(.specialGuardianship, 0.16), (.returnHome, 0.4), (.childArrangements, 0.05), (.longTerm, 0.34), (.otherExit, 0.05)]),
        WeightedTable([(.specialGuardianship, 0.05), (.returnHome, 0.45), (.childArrangements, 0.02), (.longTerm, 0.41), (.otherExit, 0.07)]),
        WeightedTable([(.returnHome, 0.38), (.longTerm, 0.52), (.otherExit, 0.1)]),
    ]
    static let otherExits = WeightedTable<ReasonEpisodeCeased>([(.e13, 0.5), (.e8, 0.3), (.e3, 0.15), (.e7, 0.05)])
    static let reversalReasons = WeightedTable<ReasonPlacedCeased>([(.rd1, 0.35), (.rd2, 0.15), (.rd3, 0.3), (.rd4, 0.2)])
    static let initialLegalStatus = WeightedTable<LegalStatus>([(.v2, 0.38), (.c1, 0.47), (.l1, 0.09), (.l2, 0.06)])
    /// Reasons for moves, England 2025 shares (returns.md §5.4) without "status change only",
    /// which the model records for same-carer type changes.
    static let moveReasons = WeightedTable<ReasonForPlacementChange>([
        (.carpl, 0.41), (.other, 0.3), (.creqb, 0.1), (.creqo, 0.085), (.child, 0.035), (.lareq, 0.025),
        (.alleg, 0.012), (.stand, 0.012), (.close, 0.012), (.apprr, 0.005),
    ])
    static let leavingReasons = WeightedTable<ReasonEpisodeCeased>([(.e5, 0.7), (.e6, 0.1), (.e8, 0.1), (.e13, 0.1)])
    static let adopterCouples = WeightedTable<AdopterSex>([(.mf, 0.82), (.ff, 0.09), (.mm, 0.09)])

    static let placementsByAge: [WeightedTable<PlacementKind>] = [
        WeightedTable([(.inHouseFoster, 0.5), (.agencyFoster, 0.1), (.connectedFoster, 0.25), (.fosterForAdoption, 0.07), (.motherAndBaby, 0.06), (.withParents, 0.02)]),
        WeightedTable([(.inHouseFoster, 0.58), (.agencyFoster, 0.13), (.connectedFoster, 0.22), (.childrensHome, 0.04), (.withParents, 0.03)]),
        WeightedTable([(.inHouseFoster, 0.47), (.agencyFoster, 0.16), (.connectedFoster, 0.15), (.childrensHome, 0.16), (.residential, 0.02), (.secure, 0.01), (.withParents, 0.03)]),
        WeightedTable([(.inHouseFoster, 0.3), (.agencyFoster, 0.1), (.connectedFoster, 0.1), (.childrensHome, 0.13), (.semiIndependent, 0.35), (.withParents, 0.02)]),
    ]
    static let uascYounger = WeightedTable<PlacementKind>([(.inHouseFoster, 0.3), (.agencyFoster, 0.35), (.semiIndependent, 0.25), (.childrensHome, 0.1)])
    static let uasc17 = WeightedTable<PlacementKind>([(.semiIndependent, 0.65), (.agencyFoster, 0.2), (.inHouseFoster, 0.1), (.childrensHome, 0.05)])
    static let remandPlacements = WeightedTable<PlacementKind>([(.childrensHome, 0.5), (.secure, 0.25), (.agencyFoster, 0.25)])
    static let disabledPlacements = WeightedTable<PlacementKind>([(.residential, 0.4), (.childrensHome, 0.25), (.inHouseFoster, 0.2), (.agencyFoster, 0.15)])
}
