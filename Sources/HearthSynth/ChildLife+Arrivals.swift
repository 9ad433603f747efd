import Hearth

/// The three ways a child first becomes known: a referral, arrival as an unaccompanied
/// asylum-seeking child, or notification of a private fostering arrangement.
extension ChildLife {
    /// Ages at first referral (CIN census 2024: under 1 about 12%, 1–4 20%, 5–9 25%, 10–15 33%, 16+ 10%).
    static let referralAge = WeightedTable<Int>([
        (0, 0.12), (1, 0.05), (2, 0.05), (3, 0.05), (4, 0.05), (5, 0.05), (6, 0.05), (7, 0.05), (8, 0.05), (9, 0.05),
        (10, 0.055), (11, 0.055), (12, 0.055), (13, 0.055), (14, 0.055), (15, 0.055), (16, 0.06), (17, 0.04),
    ])

    /// UASC ages on arrival: mostly 16 and 17 (Kent's SUASC caseload).
    static let uascAge = WeightedTable<Int>([(15, 0.22), (16, 0.45), (17, 0.33)])
    static let uascSources = WeightedTable<ReferralSource>([(.code6, 0.5), (.code5C, 0.2), (.code8, 0.2), (.code1D, 0.1)])
    static let privateFosteringFactors = WeightedTable<AssessmentFactor>([(.code8B, 0.15), (.code8C, 0.15), (.code8D, 0.3), (.code8E, 0.3), (.code8F, 0.1)])

    static func dateOfBirth(age: Int, on day: Day, _ rng: inout SeededGenerator) -> Day {
        day.adding(years: -age).adding(days: -rng.below(365))
    }

    /// A child referred for the first time on `day`.
    static func referred(ctx: SynthContext, id: ChildID, on day: Day, rng: SeededGenerator) -> ChildLife {
        var r = rng
        let disabled = r.chance(ModelParameters.disabilityShare)
        let age = disabled ? r.int(2...15) : r.pick(referralAge)
        let dob = dateOfBirth(age: age, on: day, &r)
        // Draw the district before handing the stream on (arguments are evaluated in order).
        let district = r.pick(ctx.districtWeights)
        var life = ChildLife(ctx: ctx, id: id, rng: r, district: district, dateOfBirth: dob, uasc: false)
        if disabled {
            let codes: [Disability] = [.aut, .ld, .comm, .mob, .pc, .hand, .beh, .vis, .hear]
            var chosen = Set<Disability>()
            for _ in 0..<life.rng.int(1...3) { chosen.insert(codes[life.rng.below(codes.count)]) }
            life.child.disabilities = chosen.sorted()
        }
        life.live(fromFirstReferral: day, disabled: disabled)
        return life
    }

    /// An unaccompanied asylum-seeking child arriving on `day`, aged 15 to 17. Many arrive
    /// without documents and are given 1 January as their date of birth (scorecard.md §8.4).
    static func unaccompanied(ctx: SynthContext, id: ChildID, on day: Day, rng: SeededGenerator) -> ChildLife {
        var r = rng
        let age = r.pick(uascAge)
        let dob = r.chance(0.6) ? Day(day.year - age, 1, 1) : dateOfBirth(age: age, on: day, &r)
        // Draw the district before handing the stream on (arguments are evaluated in order).
        let district = r.pick(ctx.districtWeights)
        var life = ChildLife(ctx: ctx, id: id, rng: r, district: district, dateOfBirth: dob, uasc: true)
        life.child.uasc = [DaySpan(start: day)]
        life.recordEducationIdentifiers(at: day)
        let source = life.rng.pick(uascSources)
        life.child.contacts.append(Contact(date: day, source: source, ledToReferral: true))
        var episode = ChildInNeedEpisode(id: life.nextID("R"), referralDate: day, referralSource: source, primaryNeed: .n8)
        life.moveCase(to: life.teams.suasc, on: day, reason: .fconta)
        let start = day.adding(days: life.rng.int(0...2))
        let authorised = life.calendar.adding(workingDays: life.rng.int(10...40), to: start)
        var a = Assessment(id: life.nextID("A"), startDate: start, childSeenDate: start,
                           factors: life.rng.chance(0.06) ? ["12A", "9A"] : ["9A"])
        if life.known(authorised) { a.authorisationDate = authorised }
        if !life.known(start) { a.childSeenDate = nil }
        if life.known(start) { episode.assessments.append(a) }
        let exit = life.careEpisode(entry: day, need: .n8, uasc: true, disabled: false)
        if case .left(let d, _, let careLeaver) = exit {
            episode.closureDate = d
            episode.closureReason = .rc7
            if !careLeaver { life.moveCase(to: nil, on: d, reason: nil) }
        }
        life.child.childInNeedEpisodes.append(episode)
        return life
    }

    /// A child notified as privately fostered on `day` (Kent: about 40 current arrangements).
    /// Statutory visits every 6 weeks in the first year and every 12 weeks after (Kent id 8: 82%).
    static func privatelyFostered(ctx: SynthContext, id: ChildID, on day: Day, rng: SeededGenerator) -> ChildLife {
        var r = rng
        let dob = dateOfBirth(age: r.int(8...15), on: day, &r)
        // Draw the district before handing the stream on (arguments are evaluated in order).
        let district = r.pick(ctx.districtWeights)
        var life = ChildLife(ctx: ctx, id: id, rng: r, district: district, dateOfBirth: dob, uasc: false)
        life.recordEducationIdentifiers(at: day)
        life.child.contacts.append(Contact(date: day, source: .code2A, ledToReferral: true))
        var episode = ChildInNeedEpisode(id: life.nextID("R"), referralDate: day, referralSource: .code2A, primaryNeed: .n8)
        life.moveCase(to: life.cswt, on: day, reason: .fconta)
        let start = day.adding(days: life.rng.int(0...3))
        let authorised = life.calendar.adding(workingDays: life.rng.int(10...45), to: start)
        let factor = life.rng.pick(privateFosteringFactors)
        if life.known(start) {
            episode.assessments.append(Assessment(id: life.nextID("A"), startDate: start, childSeenDate: life.known(start.adding(days: 2)) ? start.adding(days: 2) : nil,
                                                  authorisationDate: life.knownEnd(authorised), factors: [factor]))
        }
        let began = day.adding(days: -life.rng.int(0...40))
        let ends = min(began.adding(days: life.rng.int(90...700)), life.birthday18)
        var arrangement = PrivateFosteringArrangement(span: DaySpan(start: began, end: life.knownEnd(ends)))
        let firstYear = day.adding(days: 365)
        var visits = life.schedule(first: day.adding(days: life.rng.int(1...7)), gap: 30...42, lateShare: 0.15, late: 43...60, until: min(ends, firstYear))
        if let last = visits.last, ends > firstYear {
            visits += life.schedule(first: max(firstYear, last.adding(days: 42)), gap: 60...84, lateShare: 0.15, late: 85...110, until: ends)
        }
        arrangement.visits = visits
        life.child.privateFostering.append(arrangement)
        if life.known(ends) {
            episode.closureDate = ends
            episode.closureReason = .rc7
            life.moveCase(to: nil, on: ends, reason: nil)
        }
        life.child.childInNeedEpisodes.append(episode)
        return life
    }
}
