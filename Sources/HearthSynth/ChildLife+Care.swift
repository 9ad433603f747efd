import Hearth

/// Periods of care: legal statuses, placements, moves, missing episodes, permanence.
///
/// Each period is simulated month by month from the day the child became looked after. The
/// care plan (return home, adoption, special guardianship, long-term care to 18...) is drawn at
/// entry from age-dependent shares, and its timings from the England 2025 averages in
/// returns.md §5.2; moves and missing episodes are monthly hazards. Every change goes through
/// `PeriodOfCare.begin/changePlacement/changeLegalStatus/end` and `ChildRecord.add`, so the
/// model's invariants are enforced as the county is built.
extension ChildLife {
    enum CareExit {
        case stillLookedAfter
        case left(Day, ReasonEpisodeCeased, becameCareLeaver: Bool)
    }

    static let previousPermanence = WeightedTable<PreviousPermanenceKind>([(.z1, 0.86), (.p4, 0.06), (.p2, 0.04), (.p3, 0.03), (.p1, 0.01)])

    enum CareRoute { case returnHome, adoption, specialGuardianship, childArrangements, longTerm, otherExit, remand, unaccompanied }

    enum PlacementKind {
        case inHouseFoster, agencyFoster, connectedFoster, fosterForAdoption, childrensHome, secure, semiIndependent,
             residential, motherAndBaby, withParents
        var isFoster: Bool { [.inHouseFoster, .agencyFoster, .connectedFoster, .fosterForAdoption].contains(self) }
        var isResidential: Bool { [.childrensHome, .secure, .semiIndependent, .residential].contains(self) }
    }

    /// Something scheduled to happen during care.
    enum CareEvent {
        case legal(LegalStatus)
        case move(PlacementKind, ReasonForPlacementChange)
        /// A change of placement type with the same carer (903 RNE T).
        case retype(PlacementType)
        case adoptivePlacement
    }

    mutating func careEpisode(entry: Day, need: NeedCode, uasc: Bool, disabled: Bool) -> CareExit {
        let entryAge = age(on: entry)
        let age18 = birthday18
        var route: CareRoute
        if uasc { route = .unaccompanied }
        else if disabled { route = rng.chance(0.6) ? .longTerm : .returnHome }
        else if entryAge >= 12 && rng.chance(0.025) { route = .remand }
        else { route = rng.pick(Self.routes[min(entryAge / 5, 3)]) }

        // The plan's timings.
        var exitDay: Day
        var exitReason: ReasonEpisodeCeased? = nil
        var adoption: AdoptionJourney? = nil
        switch route {
        case .returnHome:
            exitDay = entry.adding(days: 7 + Int(rng.exponential(mean: ModelParameters.returnHomeMeanDays)))
            exitReason = rng.chance(0.85) ? .e4a : .e4b
        case .specialGuardianship: exitDay = entry.adding(days: rng.int(240...900))
        case .childArrangements: exitDay = entry.adding(days: rng.int(180...700)); exitReason = .e41
        case .otherExit:
            exitDay = entry.adding(days: 14 + Int(rng.exponential(mean: 320)))
            exitReason = rng.pick(Self.otherExits)
        case .remand: exitDay = entry.adding(days: rng.int(5...120)); exitReason = .e14
        case .longTerm, .unaccompanied: exitDay = age18
        case .adoption:
            // England 2025: entry → decision 9 months, decision → match 10, match → placed 1, placed → order 9.
            let decision = entry.adding(days: rng.int(90...420))
            let order = decision.adding(days: rng.int(0...150))
            let matched = order.adding(days: rng.int(20...330))
            let placed = matched.adding(days: rng.int(7...45))
            let adopted = placed.adding(days: rng.int(100...420))
            var j = AdoptionJourney(decisionDate: decision, placementOrderDate: order, matchedDate: matched, placedDate: placed,
                                    adoptionOrderDate: adopted)
            exitDay = adopted
            exitReason = rng.chance(0.6) ? .e12 : .e11
            if rng.chance(ModelParameters.adoptionReversal) {
                let reversed = decision.adding(days: rng.int(60...max(61, decision.days(to: placed) - 1)))
                j.decisionReversedDate = reversed
                j.decisionReversedReason = rng.pick(Self.reversalReasons)
                if reversed <= order { j.placementOrderDate = nil }
                j.matchedDate = nil; j.placedDate = nil; j.adoptionOrderDate = nil
                if rng.chance(0.4) {
                    route = .specialGuardianship; exitDay = reversed.adding(days: rng.int(120...500)); exitReason = nil
                } else {
                    route = .longTerm; exitDay = age18; exitReason = nil
                }
            }
            adoption = j
        }
        if rng.chance(0.0015) { exitDay = min(exitDay, entry.adding(days: rng.int(10...700))); exitReason = .e2 }
        if uasc {
            let u = rng.uniform()
            if u < 0.03 { exitDay = entry.adding(days: rng.int(14...150)); exitReason = .e15 }
            else if u < 0.07 { exitDay = entry.adding(days: rng.int(30...500)); exitReason = .e8 }
            else if u < 0.08 { exitDay = entry.adding(days: rng.int(60...500)); exitReason = .e16 }
        }
        if exitDay >= age18 { exitDay = age18; exitReason = nil }
        // Transfer to adult social care only from 16 (903 rule 389).
        if exitReason == .e7 && age(on: exitDay) < 16 { exitReason = .e13 }
        if exitDay <= entry { exitDay = entry.adding(days: 1) }

        // Legal statuses.
        var events: [(Day, CareEvent)] = []
        let initialStatus: LegalStatus
        switch route {
        case .unaccompanied: initialStatus = .v2
        case .remand: initialStatus = .j1
        default: initialStatus = rng.pick(Self.initialLegalStatus)
        }
        var status = initialStatus
        if status == .l1 || status == .l2 {
            // Police protection lasts at most 72 hours, an emergency protection order 8 days (903 rule 361).
            let days = status == .l1 ? rng.int(1...3) : rng.int(1...8)
            status = rng.chance(0.7) ? .c1 : .v2
            events.append((entry.adding(days: days), .legal(status)))
        }
        let longRoute = route == .adoption || route == .longTerm || route == .otherExit
        if status == .v2 && route != .unaccompanied && route != .remand && longRoute && rng.chance(0.7) {
            status = .c1
            events.append((entry.adding(days: rng.int(20...200)), .legal(.c1)))
        }
        if status == .c1 && (longRoute || (route == .specialGuardianship && rng.chance(0.5))) {
            let full = entry.adding(days: rng.int(150...330))
            if adoption?.placementOrderDate.map({ full < $0 }) ?? true { events.append((full, .legal(.c2))) }
        }
        if initialStatus == .v2 && status == .v2, route == .adoption, entryAge < 1, rng.chance(0.5) {
            // A relinquished baby placed for adoption with parental consent: no placement order (A4).
            adoption?.placementOrderDate = nil
        }
        if let j = adoption {
            if let order = j.placementOrderDate { events.append((order, .legal(.e1))) }
            if let placed = j.placedDate { events.append((placed, .adoptivePlacement)) }
            if j.decisionReversedDate != nil, j.placementOrderDate != nil, let r = j.decisionReversedDate {
                // Placement order revoked, so the decision to place for adoption falls: back to a
                // care order that day (903 rule 553: no E1 after the decision ceased).
                events.append((r, .legal(.c2)))
            }
        }

        // Placement plan.
        var kind = route == .specialGuardianship && rng.chance(0.6) ? .connectedFoster : initialPlacement(route: route, age: entryAge, disabled: disabled)
        // Placement with parents needs a care order, not section 20 (903 rule 378).
        if kind == .withParents && initialStatus != .c1 { kind = .inHouseFoster }
        if route == .specialGuardianship && kind != .connectedFoster && rng.chance(0.5) {
            events.append((entry.adding(days: rng.int(10...120)), .move(.connectedFoster, .carpl)))
        }
        if route == .returnHome && rng.chance(0.3) {
            let d = exitDay.adding(days: -rng.int(20...120))
            if d > entry.adding(days: 7) { events.append((d, .move(.withParents, .carpl))) }
        }
        if route == .longTerm && entryAge < 16 {
            events.append((entry.adding(days: rng.int(300...500)), .retype(.u4)))
        }
        if route == .longTerm || route == .unaccompanied {
            let seventeen = child.dateOfBirth!.birthday(17)
            if seventeen > entry && rng.chance(0.3) { events.append((seventeen.adding(days: rng.int(0...200)), .move(.semiIndependent, .carpl))) }
        }
        if ctx.h5Until > entry { events.append((ctx.h5Until, .retype(.k3))) }
        events.sort { $0.0 < $1.0 }

        if child.periodsOfCare.isEmpty && child.previousPermanence == nil {
            // 903 PrevPerm: most children have none; a few had an SGO, CAO or adoption that broke down.
            let kind = rng.pick(Self.previousPermanence)
            // Any option but Z1 (none) carries the council and the (partial, ZZ/ZZ/YYYY) date of the
            // order, P4 (unknown option) included (903 rules 630, 632).
            let none = kind.rawValue == "Z1"
            child.previousPermanence = PreviousPermanence(kind: kind, localAuthority: none ? nil : "886",
                                                          date: none ? nil : "ZZ/ZZ/\(entry.year - rng.int(1...6))")
        }
        if child.periodsOfCare.isEmpty { recordMotherStatus(atEntry: entry) }
        // The 903 category of need is N1–N8 (rule 145): a child referred with need N0 (not stated)
        // or N9 (not in need) is assessed as in need by the time of coming into care.
        let careNeed = need == .n0 || need == .n9 ? rng.pick(Self.careNeeds) : need
        var period = PeriodOfCare.begin(id: nextID("LA"), on: entry, legalStatus: initialStatus,
                                        placement: placement(kind, on: entry), categoryOfNeed: careNeed)
        moveCase(to: uasc ? teams.suasc : cicTeam, on: entry, reason: .tsproc)
        if uasc && rng.chance(0.45) {
            // Settled UASC move on to the area children-in-care team.
            let transfer = entry.adding(days: rng.int(90...300))
            if transfer < exitDay { moveCase(to: cicTeam, on: transfer, reason: .tsproc) }
        }

        // Month by month.
        let stop = min(exitDay, extract.adding(days: 1))
        var next = 0
        var month = 0
        var lastMissingEnd = entry
        while true {
            let from = entry.adding(days: 30 * month)
            if from >= stop { break }
            let to = min(from.adding(days: 30), stop)
            var monthEvents: [(Day, CareEvent)] = []
            while next < events.count && events[next].0 < to {
                if events[next].0 >= from { monthEvents.append(events[next]) }
                next += 1
            }
            let moveRate = Self.moveHazard(monthsWithCarer: Self.carerSince(period).days(to: from) / 30, monthsInCare: month)
                * (kind.isResidential ? 1.6 : 1) * (uasc ? 0.7 : 1) * (route == .adoption ? 0.6 : 1)
            if rng.chance(moveRate) {
                let d = from.adding(days: rng.below(30))
                let reason = rng.pick(Self.moveReasons)
                let escalate = reason == .creqb || reason == .child
                monthEvents.append((d, .move(nextPlacement(after: kind, on: d, escalate: escalate, uasc: uasc), reason)))
                monthEvents.sort { $0.0 < $1.0 }
            }
            for (d, event) in monthEvents where d < stop {
                apply(event, on: d, to: &period, kind: &kind, adoption: &adoption)
            }
            // Missing from care, mostly teenagers and mostly from residential placements.
            let ageNow = self.age(on: from)
            if ageNow >= 11 {
                let p = kind.isResidential ? ModelParameters.missingMonthlyResidential : ModelParameters.missingMonthlyFoster
                if rng.chance(p * (uasc ? 0.5 : 1)) {
                    let start = max(from.adding(days: rng.below(28)), lastMissingEnd)
                    // A missing spell ends before care does: the child is found (903 rules 575, 577, 580).
                    let end = min(start.adding(days: rng.chance(0.7) ? rng.int(1...2) : rng.int(3...14)), stop.adding(days: -1))
                    if start < end && known(start) {
                        recordMissing(from: start, to: end)
                        lastMissingEnd = end
                    }
                }
            }
            month += 1
        }

        // The end of care.
        var careLeaver = false
        var reason: ReasonEpisodeCeased = .e8
        if known(exitDay) {
            reason = exitReason ?? leavingAt18Reason(kind: kind)
            if route == .specialGuardianship && exitReason == nil { reason = sgoReason(kind: kind) }
            do { try period.end(on: exitDay, reason: reason) } catch { rejected.append(error) }
            if reason == .e2 { child.dateOfDeath = exitDay }
            if reason.isSpecialGuardianship { child.permanenceOrders.append(PermanenceOrder(kind: .specialGuardianship, date: exitDay)) }
            if reason.isChildArrangementsOrder { child.permanenceOrders.append(PermanenceOrder(kind: .childArrangements, date: exitDay)) }
            let leaverReasons: Set<String> = ["E5", "E6", "E17", "E8", "E13", "E4B"]
            careLeaver = age(on: exitDay) >= 16 && entry.days(to: exitDay) >= 91 && leaverReasons.contains(reason.rawValue)
        }
        // UASC status ends at 18 by law, so the record holds that date from arrival (903 DUC, which
        // rule 205B expects to be the 18th birthday in every year the child is UASC); leaving care
        // earlier (age assessed as adult, moved away) ends it then, once known.
        if uasc { child.uasc = [DaySpan(start: entry, end: known(exitDay) ? min(exitDay, age18) : age18)] }
        recordCareActivity(&period, until: exitDay)
        if var j = adoption, known(j.decisionDate) {
            j.placementOrderDate = j.placementOrderDate.flatMap { known($0) && $0 < exitDay ? $0 : nil }
            j.matchedDate = j.matchedDate.flatMap { known($0) ? $0 : nil }
            j.placedDate = j.placedDate.flatMap { known($0) ? $0 : nil }
            j.adoptionOrderDate = j.adoptionOrderDate.flatMap { known($0) ? $0 : nil }
            if let r = j.decisionReversedDate, !known(r) || r >= exitDay { j.decisionReversedDate = nil; j.decisionReversedReason = nil }
            if j.placedDate != nil {
                j.numberOfAdopters = rng.chance(0.9) ? 2 : 1
                j.adopterSex = j.numberOfAdopters == 2 ? rng.pick(Self.adopterCouples) : (rng.chance(0.9) ? .f1 : .m1)
                j.adopterLegalStatus = j.numberOfAdopters == 2 ? Self.adopterLegalStatus(j.adopterSex!, &rng) : .l0
                j.byFosterCarer = period.placements.contains { $0.type == .a5 || $0.type == .a3 }
            }
            child.adoptions.append(j)
        }
        do { try child.add(period) } catch { rejected.append(error) }
        guard known(exitDay) else { return .stillLookedAfter }
        if careLeaver { becomeCareLeaver(leftCare: exitDay, reason: reason) }
        return .left(exitDay, reason, becameCareLeaver: careLeaver)
    }

    /// 903 MOTHER, recorded for every girl who comes into care (rule 165): 0, or 1 for the 3% of
    /// girls aged 14 or over at entry who are already mothers (judgement; the DfE publishes
    /// about 2–3% of looked-after girls of that age). The first child's birth is before entry,
    /// so the status holds in every return the girl appears in.
    mutating func recordMotherStatus(atEntry entry: Day) {
        guard child.currentSex == .f, let dob = child.dateOfBirth else { return }
        child.isMother = false
        guard dob.age(on: entry) >= 14, rng.chance(0.03) else { return }
        let earliest = dob.adding(years: 13)
        let born = entry.adding(days: -rng.int(14...400))
        child.isMother = true
        child.firstChildDateOfBirth = max(born, earliest)
    }

    /// The legal status of an adopting couple, consistent with their sexes (903 rules 517–524):
    /// a different-gender couple is married (L11) or not (L3); a same-gender couple is married
    /// (L12), in a civil partnership (L2) or neither (L4).
    static func adopterLegalStatus(_ sex: AdopterSex, _ rng: inout SeededGenerator) -> AdopterLegalStatus {
        if sex == .mf { return rng.chance(0.85) ? .l11 : .l3 }
        let u = rng.uniform()
        return u < 0.45 ? .l12 : u < 0.75 ? .l2 : .l4
    }

    /// Monthly chance of a placement move: falls with time with the current carer and, after two
    /// years, with time in care (ModelParameters.moveMonthlyByMonthsWithCarer).
    static func moveHazard(monthsWithCarer: Int, monthsInCare: Int) -> Double {
        let band = monthsWithCarer < 3 ? 0 : monthsWithCarer < 6 ? 1 : monthsWithCarer < 12 ? 2 : monthsWithCarer < 24 ? 3 : 4
        return ModelParameters.moveMonthlyByMonthsWithCarer[band]
            * (monthsInCare >= 24 ? ModelParameters.moveFactorAfterTwoYearsInCare : 1)
    }

    /// The day the child began living with the current carer: a change of placement type with the
    /// same carer (U6 → U4, H5 → K3, foster carer adopting) does not restart the clock, as in the
    /// DfE stability counts.
    static func carerSince(_ period: PeriodOfCare) -> Day {
        let placements = period.placements
        var i = placements.count - 1
        while i > 0, let c = placements[i].carer, placements[i - 1].carer == c { i -= 1 }
        return placements[i].span.start
    }

    private mutating func apply(_ event: CareEvent, on d: Day, to period: inout PeriodOfCare,
                                kind: inout PlacementKind, adoption: inout AdoptionJourney?) {
        guard known(d) else { return }
        let current = period.placements[period.placements.count - 1]
        do {
            switch event {
            case .legal(let s):
                let last = period.legalStatuses[period.legalStatuses.count - 1]
                guard d > last.span.start, last.status != s else { return }
                try period.changeLegalStatus(to: s, on: d)
            case .move(let k, let reason):
                guard d > current.span.start else { return }
                if current.type.isPlacedForAdoption { return }
                let legal = period.legalStatuses[period.legalStatuses.count - 1].status
                if k == .withParents && legal == .v2 { return }  // 903 rule 378
                let next = placement(k, on: d)
                // A move is to somewhere else: another carer and different details (903 rule 435).
                if next.carer == current.carer || (next.type == current.type && next.provider == current.provider
                    && next.postcode == current.postcode && next.urn == current.urn) {
                    if k == .connectedFoster { connectedHouseholds.removeLast() }
                    return
                }
                try period.changePlacement(to: next, on: d, reason: reason)
                kind = k
            case .retype(let type):
                guard d > current.span.start else { return }
                var same = current
                switch (type, current.type) {
                case (.u4, .u6): same.type = .u4
                case (.u4, .u3): same.type = .u1
                case (.k3, .h5): same.type = .k3
                default: return
                }
                same.reasonForChange = nil
                try period.changePlacement(to: same, on: d, reason: .place)
            case .adoptivePlacement:
                guard d > current.span.start else { return }
                let legal = period.legalStatuses[period.legalStatuses.count - 1].status
                let withCarer = current.type == .u5 || (current.type.isFoster && rng.chance(0.12))
                var p = current
                if withCarer {
                    p.type = legal == .v2 ? .a3 : .a5
                } else {
                    p = PlacementSpan(span: DaySpan(start: d), type: legal == .v2 ? .a4 : .a6,
                                      provider: rng.chance(0.65) ? .pr1 : (rng.chance(0.3) ? .pr2 : .pr5),
                                      carer: CarerID("ADOPT-\(child.id.rawValue)"), urn: SyntheticPlaces.adoptionAgencyURN,
                                      postcode: anyPostcode(outside: 0.3), homePostcode: homePostcode)
                }
                p.reasonForChange = nil
                try period.changePlacement(to: p, on: d, reason: .carpl)
            }
        } catch {
            rejected.append(error)
        }
    }

    private mutating func recordMissing(from start: Day, to end: Day) {
        var m = MissingEpisode(kind: rng.chance(0.85) ? .m : .a, span: DaySpan(start: start, end: knownEnd(end)))
        if m.span.end != nil {
            m.returnInterviewOffered = rng.chance(0.97)
            if m.returnInterviewOffered == true {
                m.returnInterviewAccepted = rng.chance(0.88)
                if m.returnInterviewAccepted == true {
                    let u = rng.uniform()
                    if u < 0.85 {
                        m.returnInterviewCompleted = calendar.adding(workingDays: rng.int(0...3), to: end)
                    } else if u < 0.95 {
                        m.returnInterviewCompleted = calendar.adding(workingDays: rng.int(4...12), to: end)
                    }
                    if let c = m.returnInterviewCompleted, !known(c) { m.returnInterviewCompleted = nil }
                }
            }
        }
        child.missingEpisodes.append(m)
    }
}
